// Upload limits. A phone photo is 12–48 MP and under 20 MB; anything beyond these is either a
// mistake or an attempt to exhaust memory (a decompression bomb declares huge dimensions in a
// few kilobytes), so it is refused from the header, before any pixel is decoded.
export const MEDIA_LIMITS = {
  maxBytes: 30 * 1024 * 1024,
  maxPixels: 50_000_000,
  /** Below this neither a face detector nor a reader of the post can make anything out. */
  minSide: 32,
} as const;
