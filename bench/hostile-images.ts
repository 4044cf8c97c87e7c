// Long form of test/hostile/image-uploads.test.ts: 1,050 generated hostile images through the
// upload route with the media-scan worker in its own process. Prints what became of each kind,
// worker crashes, photos never processed and files half saved; the floor is the same bytes
// judged by the validator alone, in process.
// Run: npx tsx bench/hostile-images.ts   (BENCH_QUICK=1: 140 images; BENCH_IMAGES overrides)
import { validateImage } from '../services/adapters/media/index.ts';
import { startTestGatepost } from '../test/support/gatepost.ts';
import { hostileImageSet } from '../test/support/hostile-image-set.ts';
import { scanStates, storedOriginals, tally, uploadAll } from '../test/support/hostile-uploads.ts';
import { startWorkerProcess } from '../test/support/worker-process.ts';
import { reportFigure } from './lib/stats.ts';

const COUNT = Number(process.env.BENCH_IMAGES ?? (process.env.BENCH_QUICK ? 140 : 1_050));

const images = await hostileImageSet(COUNT);
const floorStart = Date.now();
for (const image of images) await validateImage(image.bytes).catch(() => undefined);
const floorSeconds = (Date.now() - floorStart) / 1000;

const gp = await startTestGatepost({ role: 'api' });
const worker = await startWorkerProcess(gp.env);
let sound = false;
try {
  const staff = await gp.login('staff');
  const started = Date.now();
  const outcomes = await uploadAll(gp, staff, images);
  const uploadSeconds = (Date.now() - started) / 1000;
  const accepted = outcomes.filter((o) => o.status === 201).length;
  const wrong = outcomes.filter((o) => o.status !== 201 && (o.status < 400 || o.status >= 500));
  const states = await scanStates(gp, 1_800_000);
  const { rows } = await gp.db.sql(`SELECT count(*)::int AS n FROM "Media"`);
  const files = await storedOriginals(gp);
  const crashed = worker.child.exitCode !== null;
  console.log(`hostile-images: ${COUNT} uploads in ${uploadSeconds.toFixed(1)} s`);
  for (const [kind, counts] of Object.entries(tally(outcomes)))
    console.log(`  ${kind}: ${JSON.stringify(counts)}`);
  console.log(
    `  answered neither 201 nor 4xx: ${wrong.length}; worker crashed: ${crashed}; still PENDING: ${states.PENDING ?? 0}; READY ${states.READY ?? 0}, REVIEW_REQUIRED ${states.REVIEW_REQUIRED ?? 0}`,
  );
  console.log(`  half saved: media rows ${rows[0].n} vs accepted ${accepted}, original files ${files}`);
  console.log(`  floor (validator alone, in process): ${floorSeconds.toFixed(1)} s`);
  sound = wrong.length === 0 && !crashed && !states.PENDING && rows[0].n === accepted && files === accepted;
  reportFigure({
    bench: 'hostile-images',
    figure: `${COUNT} uploads in ${uploadSeconds.toFixed(1)} s; 5xx ${wrong.length}, crashes ${crashed ? 1 : 0}, stuck ${states.PENDING ?? 0}`,
    floor: `${floorSeconds.toFixed(1)} s validate-only`,
    ratio: uploadSeconds / floorSeconds,
    ok: sound,
  });
} finally {
  await worker.stop();
  await gp.stop();
}
process.exit(sound ? 0 : 1);
