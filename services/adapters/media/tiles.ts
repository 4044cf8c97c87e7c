// Where to look. SSD MobileNetV1 squeezes whatever it is given into 512×512, so in a large or
// crowded photo each face shrinks below what the model can see. Besides one pass over the whole
// image we look at overlapping tiles, each enlarged to the model's input, so small faces are
// seen at a size the model was trained on. Overlap keeps every face whole in at least one tile.
import type { Box } from './geometry.ts';

export const MODEL_INPUT = 512;

/** Share of a tile shared with its neighbour: more than the largest face a grid is searched for. */
const OVERLAP = 0.25;

function spans(length: number, count: number): { start: number; size: number }[] {
  const size = Math.round(length / (1 + (count - 1) * (1 - OVERLAP)));
  const stride = count > 1 ? (length - size) / (count - 1) : 0;
  return Array.from({ length: count }, (_, i) => ({ start: Math.round(i * stride), size }));
}

/** A k×k grid of overlapping tiles with the image's own aspect, covering it entirely. */
export function tileGrid(width: number, height: number, k: number): Box[] {
  return spans(height, k).flatMap((row) =>
    spans(width, k).map((column) => ({ x: column.start, y: row.start, w: column.size, h: row.size })),
  );
}

/** Pixel size of a region once fitted into the model input (small tiles are enlarged). */
export function fittedSize(region: Box): { width: number; height: number } {
  const scale = MODEL_INPUT / Math.max(region.w, region.h);
  return {
    width: Math.max(1, Math.round(region.w * scale)),
    height: Math.max(1, Math.round(region.h * scale)),
  };
}
