// Face recall of the anonymiser on the shared DEV set (../shared/faces), measured on what
// matters: a ground-truth face counts as covered when at least 80 % of its box lies in blurred
// pixels. Beside it the baseline: face-api SSD, one pass over the whole image at its defaults,
// blurred the same way. Usage: npx tsx bench/face-quality.ts [image-name ...]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { anonymiseImage } from '../services/adapters/media/anonymise.ts';
import { blurAreaForFace } from '../services/adapters/media/blur.ts';
import { faceModel } from '../services/adapters/media/face-model.ts';
import { type Box, containedShare } from '../services/adapters/media/geometry.ts';
import { decodeImage } from '../services/adapters/media/validate.ts';

const facesDir = path.resolve(import.meta.dirname, '..', '..', 'shared', 'faces');
const COVERED = 0.8;
const SMALL_FACE = 20;
/** A blurred face that overlaps the ground truth by less than this share of its own box is a false region. */
const ON_A_FACE = 0.3;

interface Outcome {
  faces: number;
  covered: number;
  small: number;
  smallCovered: number;
  falseRegions: number;
  ms: number;
  review: boolean;
}

function mask(width: number, height: number, regions: Box[]): Uint8Array {
  const pixels = new Uint8Array(width * height);
  for (const r of regions) {
    const x0 = Math.max(0, Math.floor(r.x));
    const x1 = Math.min(width, Math.ceil(r.x + r.w));
    for (let y = Math.max(0, Math.floor(r.y)); y < Math.min(height, Math.ceil(r.y + r.h)); y++) {
      pixels.fill(1, y * width + x0, y * width + Math.max(x0, x1));
    }
  }
  return pixels;
}

function blurredShare(pixels: Uint8Array, width: number, box: Box): number {
  let inside = 0;
  let total = 0;
  for (let y = Math.round(box.y); y < Math.round(box.y + box.h); y++) {
    for (let x = Math.round(box.x); x < Math.round(box.x + box.w); x++) {
      total++;
      inside += pixels[y * width + x] ?? 0;
    }
  }
  return total > 0 ? inside / total : 0;
}

function score(truth: Box[], faces: Box[], blurred: Box[], width: number, height: number, ms: number) {
  const pixels = mask(width, height, blurred);
  const covered = truth.map((box) => blurredShare(pixels, width, box) >= COVERED);
  const isSmall = truth.map((box) => box.h < SMALL_FACE);
  return {
    faces: truth.length,
    covered: covered.filter(Boolean).length,
    small: isSmall.filter(Boolean).length,
    smallCovered: covered.filter((c, i) => c && isSmall[i]).length,
    falseRegions: faces.filter((face) => truth.every((gt) => containedShare(face, gt) < ON_A_FACE)).length,
    ms,
  };
}

async function ours(bytes: Buffer, truth: Box[]): Promise<Outcome> {
  const started = performance.now();
  const result = await anonymiseImage(bytes);
  const ms = performance.now() - started;
  const faces = result.faces.filter((f) => f.action === 'blurred').map((f) => f.box);
  return {
    ...score(truth, faces, result.blurred, result.width, result.height, ms),
    review: result.review.required,
  };
}

async function baseline(bytes: Buffer, truth: Box[]): Promise<Outcome> {
  const started = performance.now();
  const image = await decodeImage(bytes);
  const model = await faceModel();
  const found = await model.detect(image.data, image.width, image.height, 0.5);
  const ms = performance.now() - started;
  const faces = found.map((f) => f.box);
  const blurred = faces.map((box) => blurAreaForFace(box, image.width, image.height));
  return { ...score(truth, faces, blurred, image.width, image.height, ms), review: false };
}

const total = (outcomes: Outcome[], pick: (o: Outcome) => number) =>
  outcomes.reduce((t, o) => t + pick(o), 0);
const recallOf = (outcomes: Outcome[]) =>
  total(outcomes, (o) => o.covered) /
  Math.max(
    1,
    total(outcomes, (o) => o.faces),
  );

function summary(name: string, outcomes: Outcome[]): string {
  const sum = (pick: (o: Outcome) => number) => total(outcomes, pick);
  const recall = recallOf(outcomes);
  const small = sum((o) => o.small);
  const smallRecall = small > 0 ? (sum((o) => o.smallCovered) / small).toFixed(3) : '-';
  return [
    name.padEnd(22),
    `recall ${recall.toFixed(3)} (${sum((o) => o.covered)}/${sum((o) => o.faces)})`,
    `small-face recall ${smallRecall} (${sum((o) => o.smallCovered)}/${small})`,
    `false regions/img ${(sum((o) => o.falseRegions) / outcomes.length).toFixed(2)}`,
    `review ${outcomes.filter((o) => o.review).length}/${outcomes.length}`,
    `ms/img ${Math.round(sum((o) => o.ms) / outcomes.length)}`,
  ].join('  ');
}

const truthByImage = JSON.parse(await readFile(path.join(facesDir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  Box[]
>;
const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(truthByImage).sort();
await faceModel();
const results = { ours: [] as Outcome[], baseline: [] as Outcome[] };
for (const name of names) {
  const bytes = await readFile(path.join(facesDir, 'images', name));
  const truth = truthByImage[name] ?? [];
  const mine = await ours(bytes, truth);
  const base = await baseline(bytes, truth);
  results.ours.push(mine);
  results.baseline.push(base);
  process.stderr.write(
    `${name.padEnd(26)} gt ${String(truth.length).padStart(2)}  ours ${mine.covered} (+${mine.falseRegions} false, ${Math.round(mine.ms)} ms${mine.review ? ', review' : ''})  baseline ${base.covered} (+${base.falseRegions} false)\n`,
  );
}
console.log(
  `images=${names.length}  covered = >= ${COVERED * 100}% of the GT box blurred; small = GT h < ${SMALL_FACE} px`,
);
console.log(summary('anonymiseImage', results.ours));
console.log(summary('baseline ssd@0.5 whole', results.baseline));
const recall = recallOf(results.ours);
console.log(`target recall >= 0.97: ${recall >= 0.97 ? 'met' : 'NOT met'} (${recall.toFixed(3)})`);
