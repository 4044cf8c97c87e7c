// Cost of anonymising a 12-megapixel photo against its floor, sharp's plain decode + encode of
// the same JPEG, in the same run. Targets: anonymise ≤ 2× the floor plus detection; detection
// ≤ 1 s per megapixel on 2 cores. The 12 MP photo is a shared DEV photo upscaled in memory.
// Usage: npx tsx bench/media-throughput.ts [runs]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { anonymiseImage, BLUR_SCORE } from '../services/adapters/media/anonymise.ts';
import { blurAreaForFace, blurRegions, encodeJpeg } from '../services/adapters/media/blur.ts';
import { detectFaces } from '../services/adapters/media/detect-faces.ts';
import { faceModel } from '../services/adapters/media/face-model.ts';
import { decodeImage } from '../services/adapters/media/validate.ts';

const source = path.resolve(import.meta.dirname, '..', '..', 'shared', 'faces', 'images', 'hu-group-1.jpg');
const runs = Number(process.argv[2] ?? 3);

/** Fastest of the runs: other work on the shared cores only ever adds time. */
async function fastest(label: string, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  process.stderr.write(`${label}: ${times.map(Math.round).join(', ')} ms\n`);
  return Math.min(...times);
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

const floor = await fastest('floor (decode + encode)', () => sharp(photo).jpeg({ quality: 88 }).toBuffer());
const decode = await fastest('validate + orient + decode', () => decodeImage(photo));
const decoded = await decodeImage(photo);
const found = await detectFaces(decoded, { minScore: BLUR_SCORE, timeoutMs: 120_000 });
const detection = await fastest('detection', () =>
  detectFaces(decoded, { minScore: BLUR_SCORE, timeoutMs: 120_000 }),
);
const areas = found.map((face) => blurAreaForFace(face.box, decoded.width, decoded.height));
const blurEncode = await fastest('blur + encode', async () =>
  encodeJpeg(await blurRegions(decoded, areas), decoded.width, decoded.height),
);
const full = await fastest('anonymise end to end', () => anonymiseImage(photo, { timeoutMs: 120_000 }));

const rssMb = process.memoryUsage().rss / 1024 / 1024;
const peakMb = process.resourceUsage().maxRSS / 1024;
const rest = decode + blurEncode;
const perMp = detection / megapixels;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const mb = (photo.length / 1e6).toFixed(1);
console.log(`photo ${width}×${height} (${megapixels.toFixed(1)} MP, ${mb} MB), ${found.length} faces`);
console.log(`floor: decode + encode          ${Math.round(floor)} ms`);
console.log(`anonymise, end to end           ${Math.round(full)} ms (${(full / floor).toFixed(1)}× floor)`);
console.log(
  `  detection                     ${Math.round(detection)} ms = ${Math.round(perMp)} ms/MP (target ≤ 1000: ${verdict(perMp <= 1000)})`,
);
console.log(`  validate + orient + decode    ${Math.round(decode)} ms`);
console.log(`  blur + encode                 ${Math.round(blurEncode)} ms`);
console.log(
  `  all but detection             ${(rest / floor).toFixed(2)}× floor (target ≤ 2×: ${verdict(rest <= 2 * floor)})`,
);
console.log(
  `models load ${Math.round(loadMs)} ms; RSS now ${Math.round(rssMb)} MB, peak ${Math.round(peakMb)} MB`,
);
