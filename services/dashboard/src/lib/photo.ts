// Words and numbers about a draft's photos, shared by the editor, the post and the review.
import type { Media } from '../api/resources.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A box in the photo's pixels as CSS percentages of the shown image, so it scales with it. */
export const boxStyle = (box: Box, media: { width: number | null; height: number | null }) => ({
  left: `${(box.x / (media.width ?? 1)) * 100}%`,
  top: `${(box.y / (media.height ?? 1)) * 100}%`,
  width: `${(box.w / (media.width ?? 1)) * 100}%`,
  height: `${(box.h / (media.height ?? 1)) * 100}%`,
});

export const regionsOf = (media: Media): Box[] =>
  Array.isArray(media.regions) ? (media.regions as Box[]) : [];

/**
 * The processed photo's address, changed whenever what it shows changes, so the browser never
 * shows yesterday's blurring from its image cache.
 */
export function processedSrc(media: Media): string | undefined {
  if (!media.processedUrl || media.state === 'PENDING') return undefined;
  const version = [media.state, regionsOf(media).length, ...media.faces.map((f) => `${f.id}${f.action}`)];
  return `${media.processedUrl}?v=${encodeURIComponent(version.join('.'))}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the scanner did, in a sentence a teacher reads at a glance. */
export function photoSummary(media: Media): string {
  if (media.state === 'PENDING') return 'Looking for faces and blurring them…';
  const blurred = media.faces.filter((f) => f.action === 'blurred').length;
  const kept = media.faces.length - blurred;
  const faces = media.faces.length
    ? `${plural(media.faces.length, 'face')} found: ${blurred} blurred${kept ? `, ${kept} shown with consent` : ''}.`
    : 'No faces found.';
  const extra = regionsOf(media).length ? ` ${plural(regionsOf(media).length, 'extra area')} blurred.` : '';
  return faces + extra;
}

/** Photos the marketing officer must still look at before the post can be approved. */
export const photosToReview = (media: readonly Media[]) => media.filter((m) => m.state !== 'READY');

/** Where a photo comes from (§3 copyright), in the words the upload form uses. */
export const sourceWords: Record<NonNullable<Media['source']>, string> = {
  TAKEN_BY_STAFF: 'Taken by staff',
  PUPIL_WORK: 'Pupil work',
  LICENSED: 'Licensed (stock or bought)',
  OTHER: 'From elsewhere, with permission',
};

/** Licensed or borrowed images must say what allows the school to post them. */
export const needsSourceNote = (source: Media['source'] | '') => source === 'LICENSED' || source === 'OTHER';
