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

/**
 * Tile grids (k×k, aspect kept) to search after the whole-image pass. A face needs roughly 20 px
 * of model input to be seen; the whole-image pass shrinks the picture by long side / 512, so the
 * finer grids are only worth their cost when the picture is big or its faces are small.
 */
export function planGrids(width: number, height: number, wholeImageFaces: Candidate[]): number[] {
  const longSide = Math.max(width, height);
  if (longSide <= MODEL_INPUT * 0.75 && wholeImageFaces.length === 0) return [];
  return [2];
}

export async function detectFaces(image: DecodedImage, options: DetectOptions): Promise<Candidate[]> {
  const deadline = Date.now() + options.timeoutMs;
  let timedOut = false;
  const search = async (): Promise<Candidate[]> => {
    const whole = await detectInRegion(
      image,
      { x: 0, y: 0, w: image.width, h: image.height },
      options.minScore,
    );
    const found = [...whole];
    for (const k of planGrids(image.width, image.height, whole)) {
      for (const region of tileGrid(image.width, image.height, k)) {
        if (timedOut || Date.now() > deadline)
          throw new DetectionTimeoutError('face detection ran out of time');
        found.push(...(await detectInRegion(image, region, options.minScore)));
      }
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
