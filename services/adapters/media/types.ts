// The media adapter's public shapes, shared with the media-scan worker and the API.
import type { Box } from './geometry.ts';

export type { Box } from './geometry.ts';

export type FaceAction = 'blurred' | 'kept';

export interface DetectedFace {
  /** Stable for the same image: derived from the box, so a person can link it to a pupil. */
  id: string;
  box: Box;
  /** Detector confidence, 0–1. */
  score: number;
}

export interface AnonymisedFace extends DetectedFace {
  action: FaceAction;
}

export interface Review {
  /** True when a person must look at the photo before it may be published. */
  required: boolean;
  /** Plain-language reasons for the marketing officer. */
  reasons: string[];
}

export interface AnonymiseOptions {
  /** Faces for which this returns true stay visible (e.g. linked to a pupil with consent). */
  keep?: (face: DetectedFace) => boolean;
  /** Extra areas to blur as they are, e.g. drawn by the officer over a name badge. */
  regions?: Box[];
  /** Budget for face detection; when exceeded the photo is blurred whole and sent to review. */
  timeoutMs?: number;
}

export interface AnonymisedImage {
  /** Baseline JPEG, 8-bit sRGB, upright, without any metadata. */
  image: Buffer;
  width: number;
  height: number;
  faces: AnonymisedFace[];
  /** Every area that was blurred (padded face areas and manual regions), in image pixels. */
  blurred: Box[];
  review: Review;
}
