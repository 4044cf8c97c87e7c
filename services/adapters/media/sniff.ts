// The file type from its first bytes; the name and the browser's MIME type are never trusted.

export type SniffedType =
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'avif'
  | 'heic'
  | 'gif'
  | 'tiff'
  | 'bmp'
  | 'svg'
  | 'pdf'
  | 'text'
  | 'unknown';

const startsWith = (bytes: Buffer, signature: number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (bytes: Buffer, start: number, end: number): string =>
  bytes.subarray(start, Math.min(end, bytes.length)).toString('latin1');

// ISO-BMFF brands: AVIF is AV1 (sharp's libheif here decodes it); HEIC is HEVC, which this
// build of libvips cannot decode.
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

function sniffIsoBmff(bytes: Buffer): SniffedType | undefined {
  if (ascii(bytes, 4, 8) !== 'ftyp') return undefined;
  const boxSize = Math.min(bytes.readUInt32BE(0), 64, bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return 'heic';
  return 'unknown';
}

function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 512);
  // Text has no control bytes other than tab/newline/carriage return; binary images always do.
  return head.every((byte) => byte === 9 || byte === 10 || byte === 13 || byte >= 32);
}

export function sniffType(bytes: Buffer): SniffedType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'gif';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  const iso = sniffIsoBmff(bytes);
  if (iso) return iso;
  if (looksLikeText(bytes)) {
    const head = ascii(bytes, 0, 1024).toLowerCase();
    return head.includes('<svg') ? 'svg' : 'text';
  }
  return 'unknown';
}
