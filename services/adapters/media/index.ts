// The media adapter as the rest of Gatepost sees it.
export { anonymiseImage, BLUR_SCORE, CONFIDENT_SCORE, faceId } from './anonymise.ts';
export { MediaRejectedError, type MediaRejectionCode } from './errors.ts';
export { MEDIA_LIMITS } from './limits.ts';
export type {
  AnonymisedFace,
  AnonymisedImage,
  AnonymiseOptions,
  Box,
  DetectedFace,
  FaceAction,
  Review,
} from './types.ts';
export { type AcceptedType, type InspectedImage, inspectImage, validateImage } from './validate.ts';
