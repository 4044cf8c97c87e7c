// When the detector's answer cannot be trusted, a person must look before anything is
// published. Pure: from what was measured to the reasons a reviewer reads.
import type { ImageStats } from './image-stats.ts';

export const REVIEW_THRESHOLDS = {
  /** Mean luma below this: night shots, dim halls. */
  darkLuma: 45,
  /** Luma spread below this: fog, glare, washed-out scans. */
  flatSpread: 16,
  /** Shorter side below this: faces are a few pixels and the detector sees none. */
  minSide: 240,
  /** Faces shorter than this are at the edge of what the detector finds; neighbours may be missed. */
  smallFaceHeight: 16,
} as const;

export interface ReviewInput {
  width: number;
  height: number;
  stats: ImageStats;
  /** Candidates below the confident score and outside every confident face's blurred area. */
  uncertainFaces: number;
  /** Heights of all faces found, in pixels. */
  faceHeights: number[];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function reviewReasons(input: ReviewInput): string[] {
  const reasons: string[] = [];
  const t = REVIEW_THRESHOLDS;
  if (input.stats.meanLuma < t.darkLuma)
    reasons.push('The photo is very dark, so faces in it may have been missed.');
  else if (input.stats.lumaSpread < t.flatSpread) {
    reasons.push(
      'The photo has very little contrast (glare, fog or washed out), so faces may have been missed.',
    );
  }
  if (Math.min(input.width, input.height) < t.minSide) {
    reasons.push('The photo is very small, so faces in it may be too small to detect.');
  }
  const uncertain = input.uncertainFaces;
  if (uncertain > 0) {
    reasons.push(
      `${plural(uncertain, 'possible face was', 'possible faces were')} found that the detector was unsure about; they have been blurred, but please check nobody else is recognisable.`,
    );
  }
  const small = input.faceHeights.filter((h) => h < t.smallFaceHeight).length;
  if (small > 0) {
    reasons.push(
      `${plural(small, 'face is', 'faces are')} very small; please check no other small faces were missed.`,
    );
  }
  return reasons;
}
