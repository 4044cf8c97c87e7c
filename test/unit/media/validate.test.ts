import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MediaRejectedError } from '../../../services/adapters/media/errors.ts';
import { decodeImage, validateImage } from '../../../services/adapters/media/validate.ts';
import {
  animatedGif,
  heicHeader,
  meanAbsoluteDifference,
  pdfFile,
  photoJpeg,
  pixelFloodPng,
  svgFile,
} from './hostile-inputs.ts';

async function rejection(bytes: Buffer): Promise<MediaRejectedError> {
  const error = await validateImage(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaRejectedError);
  return error as MediaRejectedError;
}

describe('validateImage refuses what is not a photo we can process', () => {
  it('refuses an empty file', async () => {
    expect((await rejection(Buffer.alloc(0))).code).toBe('empty');
  });

  it('refuses a truncated JPEG as damaged', async () => {
    const jpeg = await photoJpeg();
    const error = await rejection(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/damaged or incomplete/);
  });

  it('refuses a text file whatever its name says', async () => {
    const error = await rejection(Buffer.from('Year 6 trip to the museum: meet at 8am\n'));
    expect(error.code).toBe('unsupported_type');
    expect(error.message).toMatch(/text file/);
    expect(error.message).toMatch(/JPEG, PNG, WebP or AVIF/);
  });

  it('refuses SVG, PDF and HEIC with a message saying what to do', async () => {
    expect((await rejection(svgFile())).message).toMatch(/SVG/);
    expect((await rejection(pdfFile())).message).toMatch(/PDF/);
    const heic = await rejection(heicHeader());
    expect(heic.code).toBe('unsupported_type');
    expect(heic.message).toMatch(/export or save it as a JPEG/);
  });

  it('refuses an animated GIF', async () => {
    const error = await rejection(await animatedGif());
    expect(error.code).toBe('animated');
  });

  it('refuses a pixel flood from its header, before decoding it', async () => {
    const started = Date.now();
    const error = await rejection(pixelFloodPng());
    expect(error.code).toBe('too_many_pixels');
    expect(error.message).toMatch(/40000×40000/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a file over the size limit without reading it as an image', async () => {
    const huge = Buffer.concat([await photoJpeg(), Buffer.alloc(31 * 1024 * 1024)]);
    expect((await rejection(huge)).code).toBe('too_large');
  });

  it('accepts JPEG, PNG, WebP and AVIF photos', async () => {
    const jpeg = await photoJpeg();
    for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
      const bytes = await sharp(jpeg).toFormat(format).toBuffer();
      expect(await validateImage(bytes)).toEqual({ type: format, width: 320, height: 240 });
    }
  });
});

describe('decodeImage converts awkward colour to 8-bit sRGB', () => {
  it('reads a 16-bit PNG as 8-bit with the same picture', async () => {
    const jpeg = await photoJpeg();
    const sixteen = await sharp(jpeg).toColourspace('rgb16').png().toBuffer();
    expect((await sharp(sixteen).metadata()).depth).toBe('ushort');
    const decoded = await decodeImage(sixteen);
    const reference = await decodeImage(jpeg);
    expect(decoded.data.length).toBe(320 * 240 * 3);
    expect(meanAbsoluteDifference(decoded.data, reference.data)).toBeLessThan(2);
  });

  it('converts a CMYK JPEG to RGB with its colours kept', async () => {
    const jpeg = await photoJpeg();
    const cmyk = await sharp(jpeg).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const decoded = await decodeImage(cmyk);
    const reference = await decodeImage(jpeg);
    expect(decoded.data.length).toBe(320 * 240 * 3);
    expect(meanAbsoluteDifference(decoded.data, reference.data)).toBeLessThan(12);
  });

  it('flattens transparency onto white rather than exposing hidden pixels', async () => {
    const transparent = await sharp({
      create: { width: 64, height: 64, channels: 4, background: '#00000000' },
    })
      .png()
      .toBuffer();
    const decoded = await decodeImage(transparent);
    expect(Math.min(...decoded.data)).toBe(255);
  });
});
