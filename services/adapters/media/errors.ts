// Why an upload was refused. `code` is stable (API responses, tests, metrics rely on it);
// `message` is written for the teacher who uploaded the photo.

export type MediaRejectionCode =
  | 'empty'
  | 'unsupported_type'
  | 'animated'
  | 'too_large'
  | 'too_many_pixels'
  | 'too_small'
  | 'corrupt';

export class MediaRejectedError extends Error {
  override readonly name = 'MediaRejectedError';

  constructor(
    readonly code: MediaRejectionCode,
    message: string,
  ) {
    super(message);
  }
}

/** The photo formats validate.ts accepts, as the teacher is told (the dashboard's hint says the same). */
export const ACCEPTED_PHOTOS = 'JPEG, PNG, WebP or AVIF';

export const EXPORT_AS_JPEG = 'Please export or save it as a JPEG (or PNG) and upload that instead.';
