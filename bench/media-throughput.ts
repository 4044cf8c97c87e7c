// Cost of anonymising a 12-megapixel photo against its floor, sharp's plain decode + encode of
// the same JPEG, in the same run. Targets: anonymise ≤ 2× the floor plus detection; detection
// ≤ 1 s per megapixel on 2 cores. The 12 MP photo is a shared DEV photo upscaled in memory.
// Usage: npx tsx bench/media-throughput.ts [runs]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { anonymiseImage } from '../services/adapters/media/anonymise.ts';
import { detectFaces } from '../services/adapters/media/detect-faces.ts';
import { faceModel } from '../services/adapters/media/face-model.ts';
import { decodeImage } from '../services/adapters/media/validate.ts';

const source = path.resolve(import.meta.dirname, '..', '..', 'shared', 'faces', 'images', 'hu-group-1.jpg');
const runs = Number(process.argv[2] ?? 3);

async function median(label: string, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)]!;
  process.stderr.write(`${label}: ${times.map(Math.round).join(', ')} ms\n`);
  return ms;
}

const photo = await sharp(await readFile(source))
  .resize(4000, 3000, { fit: 'fill' })
  .jpeg({ quality: 90 })
  .toBuffer();
const { width, height } = await sharp(photo).metadata();
const megapixels = (width * height) / 1e6;

const loadStarted = performance.now();
await faceModel();
const loadMs = performance.now() - loadStarted;

const floor = await median('floor (decode + encode)', () => sharp(photo).jpeg({ quality: 88 }).toBuffer());
const decoded = await decodeImage(photo);
const detection = await median('detection', () =>
  detectFaces(decoded, { minScore: 0.2, timeoutMs: 120_000 }),
);
const full = await median('anonymise', () => anonymiseImage(photo, { timeoutMs: 120_000 }));
const faces = (await anonymiseImage(photo, { timeoutMs: 120_000 })).faces.length;

const rssMb = process.memoryUsage().rss / 1024 / 1024;
const peakMb = process.resourceUsage().maxRSS / 1024;
const rest = full - detection;
const perMp = detection / megapixels;
console.log(
  `photo ${width}×${height} (${megapixels.toFixed(1)} MP, ${(photo.length / 1e6).toFixed(1)} MB), ${faces} faces`,
);
console.log(`floor  decode+encode        ${Math.round(floor)} ms`);
console.log(
  `full   anonymise            ${Math.round(full)} ms  (ratio to floor ${(full / floor).toFixed(1)}×)`,
);
console.log(
  `       of which detection   ${Math.round(detection)} ms  = ${Math.round(perMp)} ms/MP (target ≤ 1000)`,
);
console.log(
  `       the rest             ${Math.round(rest)} ms  = ${(rest / floor).toFixed(2)}× floor (target ≤ 2×: ${rest <= 2 * floor ? 'met' : 'NOT met'})`,
);
console.log(
  `models load ${Math.round(loadMs)} ms; RSS now ${Math.round(rssMb)} MB, peak ${Math.round(peakMb)} MB`,
);
