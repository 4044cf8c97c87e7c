// Brightness and contrast of a decoded image, from a sample of its pixels: enough to tell when
// a photo is too dark or too flat for a face detector to be trusted.
import type { DecodedImage } from './validate.ts';

export interface ImageStats {
  /** Mean luma, 0–255. */
  meanLuma: number;
  /** Standard deviation of luma, 0–255. */
  lumaSpread: number;
}

const SAMPLES = 20_000;

export function imageStats(image: DecodedImage): ImageStats {
  const pixels = image.width * image.height;
  const step = Math.max(1, Math.floor(pixels / SAMPLES));
  let sum = 0;
  let sumSquares = 0;
  let count = 0;
  for (let pixel = 0; pixel < pixels; pixel += step) {
    const i = pixel * 3;
    // Rec. 601 weights, as JPEG's own luma uses.
    const luma = 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
    sum += luma;
    sumSquares += luma * luma;
    count++;
  }
  const meanLuma = sum / count;
  return { meanLuma, lumaSpread: Math.sqrt(Math.max(0, sumSquares / count - meanLuma * meanLuma)) };
}
