// Axis-aligned boxes in image pixels, and the few operations detection and blurring need.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const area = (box: Box): number => Math.max(0, box.w) * Math.max(0, box.h);

export function intersection(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.w, b.x + b.w) - x;
  const h = Math.min(a.y + a.h, b.y + b.h) - y;
  return { x, y, w: Math.max(0, w), h: Math.max(0, h) };
}

export function iou(a: Box, b: Box): number {
  const overlap = area(intersection(a, b));
  const union = area(a) + area(b) - overlap;
  return union > 0 ? overlap / union : 0;
}

/** Share of `inner` that lies inside `outer`. */
export const containedShare = (inner: Box, outer: Box): number =>
  area(inner) > 0 ? area(intersection(inner, outer)) / area(inner) : 0;

/** Integer pixel box clipped to the image; may come back empty (w or h 0). */
export function clampToImage(box: Box, width: number, height: number): Box {
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(width, Math.ceil(box.x + box.w));
  const y1 = Math.min(height, Math.ceil(box.y + box.h));
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

export const roundBox = (box: Box): Box => ({
  x: Math.round(box.x),
  y: Math.round(box.y),
  w: Math.round(box.w),
  h: Math.round(box.h),
});

/**
 * Greedy non-maximum suppression: keeps the best-scoring box of each cluster. A box is also
 * dropped when it lies mostly inside a better one, which is how the same face seen whole in
 * one tile and cut by the edge of another shows up.
 */
export function nonMaxSuppression<T extends { box: Box; score: number }>(
  items: T[],
  iouThreshold: number,
  containedThreshold = 0.7,
): T[] {
  const kept: T[] = [];
  for (const item of [...items].sort((a, b) => b.score - a.score)) {
    const duplicate = kept.some(
      (other) =>
        iou(item.box, other.box) > iouThreshold || containedShare(item.box, other.box) > containedThreshold,
    );
    if (!duplicate) kept.push(item);
  }
  return kept;
}
