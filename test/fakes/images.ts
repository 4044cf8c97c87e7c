// Stand-ins for processed images: distinct bytes with a JPEG signature. The fakes store bytes
// without decoding them, as the platforms' upload endpoints accept them.
import { randomBytes } from 'node:crypto';
import type { OutgoingImage } from '../../services/adapters/platforms/types.ts';

export function testImage(altText: string, publicUrl?: string): OutgoingImage {
  const bytes = Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    randomBytes(2048),
    Buffer.from([0xff, 0xd9]),
  ]);
  return { bytes, mimeType: 'image/jpeg', altText, ...(publicUrl ? { publicUrl } : {}) };
}
