// Decides from the bytes alone whether an upload is a photo we can process, refusing everything
// else before a single pixel is decoded (type, size, declared dimensions, animation).
import sharp from 'sharp';
import { ACCEPTED_PHOTO_TYPES, ACCEPTED_PHOTOS, EXPORT_AS_JPEG, MediaRejectedError } from './errors.ts';
import { MEDIA_LIMITS } from './limits.ts';
import { type SniffedType, sniffType } from './sniff.ts';

export type AcceptedType = (typeof ACCEPTED_PHOTO_TYPES)[number];

export interface InspectedImage {
  type: AcceptedType;
  /** As displayed, i.e. after the EXIF orientation is applied. */
  width: number;
  height: number;
}

const ACCEPTED = new Set<SniffedType>(ACCEPTED_PHOTO_TYPES);

const REFUSALS: Partial<Record<SniffedType, string>> = {
  heic: `This looks like an iPhone HEIC photo, which Gatepost cannot read. ${EXPORT_AS_JPEG}`,
  gif: `GIFs cannot be posted as photos. Please upload a ${ACCEPTED_PHOTOS} photo.`,
  svg: `This is an SVG drawing, not a photo. Please upload a ${ACCEPTED_PHOTOS} photo.`,
  pdf: `This is a PDF document, not a photo. Please upload a ${ACCEPTED_PHOTOS} photo.`,
  text: `This is a text file, not a photo (whatever its name says). Please upload a ${ACCEPTED_PHOTOS} photo.`,
  tiff: `TIFF files are not accepted. ${EXPORT_AS_JPEG}`,
  bmp: `BMP files are not accepted. ${EXPORT_AS_JPEG}`,
};

export const SHARP_INPUT = { limitInputPixels: MEDIA_LIMITS.maxPixels, failOn: 'truncated' } as const;

function refuseType(type: SniffedType): never {
  throw new MediaRejectedError(
    'unsupported_type',
    REFUSALS[type] ?? `This file is not a photo Gatepost can read. Please upload a ${ACCEPTED_PHOTOS} photo.`,
  );
}

function corrupt(): MediaRejectedError {
  return new MediaRejectedError(
    'corrupt',
    'This photo is damaged or incomplete (perhaps the upload was cut short). Please try uploading it again.',
  );
}

/** Header-only checks: cheap enough to run on every upload before it is stored. */
export async function inspectImage(bytes: Buffer): Promise<InspectedImage> {
  if (bytes.length === 0)
    throw new MediaRejectedError('empty', 'The file is empty. Please choose the photo again.');
  if (bytes.length > MEDIA_LIMITS.maxBytes) {
    const limitMb = MEDIA_LIMITS.maxBytes / 1024 / 1024;
    throw new MediaRejectedError(
      'too_large',
      `This file is larger than ${limitMb} MB. Please upload a smaller photo.`,
    );
  }
  const type = sniffType(bytes);
  if (type === 'gif' || type === 'webp') await refuseAnimation(bytes, type);
  if (!ACCEPTED.has(type)) refuseType(type);

  // limitInputPixels is not enforced by metadata(), which reads only the header: check here.
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw corrupt();
    });
  const { width, height } = meta.autoOrient ?? meta;
  if (!width || !height) throw corrupt();
  if (width * height > MEDIA_LIMITS.maxPixels) {
    const mp = Math.round(MEDIA_LIMITS.maxPixels / 1e6);
    throw new MediaRejectedError(
      'too_many_pixels',
      `This image is ${width}×${height} pixels, more than the ${mp} megapixel limit. Please resize it and try again.`,
    );
  }
  if (Math.min(width, height) < MEDIA_LIMITS.minSide) {
    throw new MediaRejectedError(
      'too_small',
      `This image is only ${width}×${height} pixels, too small to post.`,
    );
  }
  return { type: type as AcceptedType, width, height };
}

async function refuseAnimation(bytes: Buffer, type: 'gif' | 'webp'): Promise<void> {
  const pages = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .then((meta) => meta.pages ?? 1)
    .catch(() => 1);
  if (pages > 1) {
    throw new MediaRejectedError(
      'animated',
      `Animated images cannot be checked for faces frame by frame. Please upload a still ${ACCEPTED_PHOTOS} photo.`,
    );
  }
  if (type === 'gif') refuseType(type);
}

export interface DecodedImage {
  /** 8-bit sRGB, 3 channels, rows top to bottom, upright. */
  data: Buffer;
  width: number;
  height: number;
}

/**
 * The one full decode: orientation applied first, then alpha flattened onto white, colour
 * converted to 8-bit sRGB (16-bit, CMYK and ICC-tagged inputs alike). Raw pixels carry no
 * metadata, so nothing from EXIF/GPS/XMP/IPTC/ICC can reach the encoded output.
 */
export async function decodeImage(bytes: Buffer): Promise<DecodedImage> {
  await inspectImage(bytes);
  const { data, info } = await sharp(bytes, SHARP_INPUT)
    .autoOrient()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw corrupt();
    });
  if (info.channels !== 3) throw corrupt();
  return { data, width: info.width, height: info.height };
}

/** Everything a photo must pass before processing, including a full decode (which finds truncation). */
export async function validateImage(bytes: Buffer): Promise<InspectedImage> {
  const inspected = await inspectImage(bytes);
  // stats() walks every pixel without keeping the decoded image in memory.
  await sharp(bytes, SHARP_INPUT)
    .stats()
    .catch(() => {
      throw corrupt();
    });
  return inspected;
}
