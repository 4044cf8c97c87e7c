// Finds face candidates in a decoded image: one pass over the whole picture, then overlapping
// tiles where faces may be too small for that pass, merged by non-maximum suppression.
import sharp from 'sharp';
import { faceModel } from './face-model.ts';
import { type Box, nonMaxSuppression } from './geometry.ts';
import { fittedSize, MODEL_INPUT, tileGrid } from './tiles.ts';
import type { DecodedImage } from './validate.ts';

export interface Candidate {
  box: Box;
  score: number;
}

export interface DetectOptions {
  /** Lowest SSD score kept as a candidate; callers decide what to blur and what to flag. */
  minScore: number;
  timeoutMs: number;
}

export class DetectionTimeoutError extends Error {
  override readonly name = 'DetectionTimeoutError';
}

const NMS_IOU = 0.35;

async function detectInRegion(image: DecodedImage, region: Box, minScore: number): Promise<Candidate[]> {
  const size = fittedSize(region);
  const pixels = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .extract({ left: region.x, top: region.y, width: region.w, height: region.h })
    .resize(size.width, size.height, { fit: 'fill' })
    .raw()
    .toBuffer();
  const model = await faceModel();
  const scaleX = region.w / size.width;
  const scaleY = region.h / size.height;
  return (await model.detect(pixels, size.width, size.height, minScore)).map(({ box, score }) => ({
    box: { x: region.x + box.x * scaleX, y: region.y + box.y * scaleY, w: box.w * scaleX, h: box.h * scaleY },
    score,
  }));
}

/** Below this height in model pixels a face is at the edge of what SSD finds (it sees ~13 px at best). */
const SMALL_IN_MODEL = 20;
/** Finest grid searched: whole + 2×2 + 3×3 is 14 passes, ~7–10 s on one core. */
const FINEST_GRID = 3;
const CONFIDENT = 0.5;

/** How much a k×k grid enlarges the image relative to the whole-image pass (tiles overlap 25 %). */
const zoom = (k: number) => 1 + (k - 1) * 0.75;

/**
 * Whether the k×k grid just searched found confident faces so small in model pixels that
 * smaller neighbours may have gone unseen, so a finer grid is worth its cost. Crowds shot
 * from afar (a whole-school photo) go finer; a class photo stops at 2×2.
 */
export function needsFinerGrid(k: number, longSide: number, found: Candidate[]): boolean {
  if (k >= FINEST_GRID) return false;
  const scale = (MODEL_INPUT / longSide) * zoom(k);
  return found.some((face) => face.score >= CONFIDENT && face.box.h * scale < SMALL_IN_MODEL);
}

export async function detectFaces(image: DecodedImage, options: DetectOptions): Promise<Candidate[]> {
  const deadline = Date.now() + options.timeoutMs;
  let timedOut = false;
  const search = async (): Promise<Candidate[]> => {
    const longSide = Math.max(image.width, image.height);
    const whole = { x: 0, y: 0, w: image.width, h: image.height };
    const found = await detectInRegion(image, whole, options.minScore);
    // Always at least 2×2: on the DEV set it finds faces the whole-image pass scores too low or
    // misses in crowds (recall 0.989 → 1.000 at score 0.3).
    for (let k = 2; ; k++) {
      for (const region of tileGrid(image.width, image.height, k)) {
        if (timedOut || Date.now() > deadline)
          throw new DetectionTimeoutError('face detection ran out of time');
        found.push(...(await detectInRegion(image, region, options.minScore)));
      }
      if (!needsFinerGrid(k, longSide, found)) break;
    }
    return nonMaxSuppression(found, NMS_IOU);
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new DetectionTimeoutError('face detection ran out of time'));
    }, options.timeoutMs);
  });
  try {
    return await Promise.race([search(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
