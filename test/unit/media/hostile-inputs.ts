// Hostile and awkward uploads, made in memory: no photo is ever committed to the repository.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { PNG_SIGNATURE, pngChunk } from '../../support/hostile-image-set.ts';

export const sharedImage = (name: string): Buffer =>
  readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'faces', 'images', name));

export const photoJpeg = (): Promise<Buffer> =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: '#4a7' } })
    .composite([
      {
        input: Buffer.from(
          '<svg width="320" height="240"><circle cx="160" cy="120" r="80" fill="#c33"/></svg>',
        ),
      },
    ])
    .jpeg()
    .toBuffer();

/** A valid PNG header declaring 40000×40000 pixels (1.6 GP) with a few bytes of data: a pixel flood. */
export function pixelFloodPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(40_000, 0);
  header.writeUInt32BE(40_000, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter tricks, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(120_001))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function animatedGif(): Promise<Buffer> {
  const frame = (colour: string) =>
    sharp({ create: { width: 64, height: 64, channels: 3, background: colour } })
      .png()
      .toBuffer();
  return sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } })
    .gif()
    .toBuffer();
}

export const svgFile = (): Buffer =>
  Buffer.from(
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect/></svg>',
  );

export const pdfFile = (): Buffer =>
  Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');

/** The start of an iPhone HEIC file: an ISO-BMFF `ftyp` box with HEVC brands. */
export const heicHeader = (): Buffer =>
  Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
    Buffer.alloc(64),
  ]);

export function meanAbsoluteDifference(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}
