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

/** The photo formats Gatepost reads, with their names as a teacher knows them. */
const PHOTO_FORMATS = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF' } as const;

/** What validate.ts accepts and the dashboard's file picker offers: one list for both. */
export const ACCEPTED_PHOTO_TYPES = Object.keys(PHOTO_FORMATS) as (keyof typeof PHOTO_FORMATS)[];

/** "JPEG, PNG, WebP or AVIF", as refusals and the dashboard's hint say it. */
export const ACCEPTED_PHOTOS = ((names: string[]) => `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`)(
  Object.values(PHOTO_FORMATS),
);

export const EXPORT_AS_JPEG = 'Please export or save it as a JPEG (or PNG) and upload that instead.';
