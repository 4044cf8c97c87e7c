// Originals are never sent back in the type they arrived in (a file can be an image and a
// script at once): reviewers see a fresh JPEG of the pixels, upright, with no metadata.

import { encodeJpeg } from '../adapters/media/blur.ts';
import { decodeImage } from '../adapters/media/validate.ts';

export async function viewableOriginal(bytes: Buffer): Promise<Buffer> {
  const image = await decodeImage(bytes);
  return encodeJpeg(image.data, image.width, image.height);
}
