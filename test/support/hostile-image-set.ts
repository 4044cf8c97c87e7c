// A reproducible set of malformed and awkward uploads, generated from a seed in memory (no file
// is committed): truncations, bit flips, decompression bombs, polyglots, wrong extensions, huge
// or degenerate dimensions and odd colour spaces, over every format a phone or browser sends.
import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';

export type HostileKind =
  | 'truncated'
  | 'bit-flipped'
  | 'bomb'
  | 'polyglot'
  | 'wrong-extension'
  | 'huge-dimensions'
  | 'odd-colour-space';

export interface HostileImage {
  kind: HostileKind;
  /** What was done, to reproduce a failure by hand. */
  label: string;
  name: string;
  bytes: Buffer;
}

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One PNG chunk: length, type, data and the CRC a decoder checks. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG whose header declares width×height while its data is a few kilobytes of zeros. */
function pngBomb(width: number, height: number, dataBytes: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(dataBytes))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Rewrites a baseline JPEG's frame header (SOF0) to declare other dimensions. */
function jpegWithDimensions(jpeg: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(jpeg);
  for (let i = 2; i < out.length - 9; i++) {
    if (out[i] === 0xff && (out[i + 1] === 0xc0 || out[i + 1] === 0xc2)) {
      out.writeUInt16BE(height, i + 5);
      out.writeUInt16BE(width, i + 7);
      return out;
    }
  }
  return out;
}

interface Base {
  format: string;
  ext: string;
  bytes: Buffer;
}

async function bases(): Promise<Base[]> {
  const scene = sharp({ create: { width: 160, height: 120, channels: 3, background: '#5a8' } }).composite([
    {
      input: Buffer.from(
        '<svg width="160" height="120"><circle cx="80" cy="60" r="40" fill="#d54"/><rect x="10" y="10" width="30" height="20" fill="#236"/></svg>',
      ),
    },
  ]);
  const raw = await scene.png().toBuffer();
  const from = () => sharp(raw);
  return [
    { format: 'jpeg', ext: 'jpg', bytes: await from().jpeg({ quality: 80 }).toBuffer() },
    { format: 'progressive jpeg', ext: 'jpg', bytes: await from().jpeg({ progressive: true }).toBuffer() },
    { format: 'png', ext: 'png', bytes: await from().png().toBuffer() },
    { format: 'palette png', ext: 'png', bytes: await from().png({ palette: true }).toBuffer() },
    { format: 'webp', ext: 'webp', bytes: await from().webp().toBuffer() },
    { format: 'gif', ext: 'gif', bytes: await from().gif().toBuffer() },
    { format: 'tiff', ext: 'tif', bytes: await from().tiff().toBuffer() },
    { format: 'avif', ext: 'avif', bytes: await from().avif({ effort: 0 }).toBuffer() },
  ];
}

async function oddColourSpaces(): Promise<HostileImage[]> {
  const base = sharp({
    create: { width: 96, height: 96, channels: 4, background: { r: 200, g: 40, b: 90, alpha: 0.5 } },
  });
  const png = await base.png().toBuffer();
  const make = async (label: string, ext: string, work: (s: Sharp) => Sharp) => ({
    kind: 'odd-colour-space' as const,
    label,
    name: `colour.${ext}`,
    bytes: await work(sharp(png)).toBuffer(),
  });
  return Promise.all([
    make('CMYK JPEG', 'jpg', (s) => s.toColourspace('cmyk').jpeg()),
    make('greyscale JPEG', 'jpg', (s) => s.greyscale().jpeg()),
    make('16-bit RGB PNG', 'png', (s) => s.toColourspace('rgb16').png()),
    make('16-bit grey PNG', 'png', (s) => s.toColourspace('grey16').png()),
    make('PNG with alpha', 'png', (s) => s.png()),
    make('1-bit PNG', 'png', (s) => s.png({ palette: true, colours: 2 })),
    make('greyscale+alpha WebP', 'webp', (s) => s.greyscale().webp({ lossless: true })),
    make('CMYK TIFF', 'tif', (s) => s.toColourspace('cmyk').tiff()),
    make('LAB TIFF', 'tif', (s) => s.toColourspace('lab').tiff()),
    make('JPEG with EXIF rotation 6', 'jpg', (s) => s.jpeg().withMetadata({ orientation: 6 })),
    make('JPEG with EXIF rotation 9 (invalid)', 'jpg', (s) => s.jpeg().withMetadata({ orientation: 8 })),
    make('sRGB JPEG tagged P3', 'jpg', (s) => s.jpeg().withIccProfile('p3')),
  ]);
}

const POLYGLOT_TAILS: [string, Buffer][] = [
  ['HTML with script', Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>')],
  [
    'a ZIP archive',
    Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000payload.jsPK\u0005\u0006'),
  ],
  ['a PDF', Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF')],
  ['PHP', Buffer.from('<?php system($_GET["c"]); ?>')],
  ['an SVG with script', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
];

/** `count` uploads cycling through every kind; the same seed always gives the same bytes. */
export async function hostileImageSet(count: number, seed = 11): Promise<HostileImage[]> {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const formats = await bases();
  const colours = await oddColourSpaces();
  const makers: Record<HostileKind, () => Promise<Omit<HostileImage, 'kind'>>> = {
    truncated: async () => {
      const base = pick(formats);
      const at = int(0, base.bytes.length - 1);
      return {
        label: `${base.format} cut at ${at}/${base.bytes.length}`,
        name: `photo.${base.ext}`,
        bytes: base.bytes.subarray(0, at),
      };
    },
    'bit-flipped': async () => {
      const base = pick(formats);
      const bytes = Buffer.from(base.bytes);
      const flips = int(1, 40);
      for (let i = 0; i < flips; i++) {
        const at = int(0, bytes.length - 1);
        bytes[at] = bytes[at]! ^ (1 << int(0, 7));
      }
      return { label: `${base.format} with ${flips} bit flips`, name: `photo.${base.ext}`, bytes };
    },
    bomb: async () => {
      const jpeg = formats[0]!.bytes;
      const which = int(0, 2);
      if (which === 0) {
        const side = int(8_000, 200_000);
        return {
          label: `PNG declaring ${side}×${side}`,
          name: 'bomb.png',
          bytes: pngBomb(side, side, int(1, 200_000)),
        };
      }
      if (which === 1) {
        const [w, h] = [int(9_000, 65_535), int(9_000, 65_535)];
        return {
          label: `JPEG frame declaring ${w}×${h}`,
          name: 'bomb.jpg',
          bytes: jpegWithDimensions(jpeg, w, h),
        };
      }
      // A real, highly compressible image just over the pixel limit (~53 MP of one colour).
      return { label: 'real 7300×7300 one-colour PNG', name: 'bomb.png', bytes: await bigFlatPng() };
    },
    polyglot: async () => {
      const base = pick(formats);
      const [what, tail] = pick(POLYGLOT_TAILS);
      const before = rand() < 0.3;
      return {
        label: `${what} ${before ? 'before' : 'after'} a ${base.format}`,
        name: pick(['photo.jpg', 'page.html', 'x.php', 'a.svg']),
        bytes: before ? Buffer.concat([tail, base.bytes]) : Buffer.concat([base.bytes, tail]),
      };
    },
    'wrong-extension': async () => {
      const base = pick(formats);
      const name = pick([
        'photo.jpg',
        'photo.png',
        'setup.exe',
        'image.svg',
        'doc.pdf',
        'noextension',
        '../../etc/passwd',
      ]);
      const text = rand() < 0.25;
      return {
        label: text ? `plain text named ${name}` : `${base.format} named ${name}`,
        name,
        bytes: text ? Buffer.from(`not an image at all ${int(0, 1e9)}`) : base.bytes,
      };
    },
    'huge-dimensions': async () => {
      const [w, h] = pick([
        [1, 40_000],
        [40_000, 1],
        [20_000, 2],
        [31, 31],
        [16_384, 16],
        [8, 8],
      ] as const);
      return {
        label: `real ${w}×${h} PNG`,
        name: 'strip.png',
        bytes: await sharp({ create: { width: w, height: h, channels: 3, background: '#888' } })
          .png()
          .toBuffer(),
      };
    },
    'odd-colour-space': async () => pick(colours),
  };
  const kinds = Object.keys(makers) as HostileKind[];
  const set: HostileImage[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    set.push({ kind, ...(await makers[kind]()) });
  }
  return set;
}

let flat: Buffer | undefined;
async function bigFlatPng(): Promise<Buffer> {
  flat ??= await sharp({ create: { width: 7_300, height: 7_300, channels: 3, background: '#fff' } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return flat;
}
