// Scale-out: the same burst drained by 1, 2 and 4 worker processes on one Redis and one
// PostgreSQL (as `docker compose up --scale worker=N`). Prints throughput per worker count and
// the speed-up, and proves no draft is lost or decided twice and the sweep runs once per tick.
// Run: npx tsx bench/scale-out.ts   (BENCH_QUICK=1: 1,000 drafts; BENCH_DRAFTS overrides)
import { runBurst } from './lib/burst.ts';
import { reportFigure } from './lib/stats.ts';

const drafts = Number(process.env.BENCH_DRAFTS ?? (process.env.BENCH_QUICK ? 1_000 : 10_000));
const counts = (process.env.BENCH_WORKER_COUNTS ?? '1,2,4').split(',').map(Number);

const results = [];
for (const workers of counts) {
  const r = await runBurst(drafts, workers);
  results.push(r);
  console.log(
    `  ${workers} worker(s): ${r.drainSeconds.toFixed(1)} s, ${r.throughput.toFixed(0)} drafts/s, lost ${r.lost}, decided twice ${r.decidedTwice}, sweep ran ${r.sweepsRun}× in ${r.sweepTicks} ticks, load ${r.load.map((l) => l.toFixed(1)).join(' ')}`,
  );
}
const base = results[0]!;
console.log(`scale-out: ${drafts} drafts`);
for (const r of results)
  console.log(
    `  ${r.workers} worker(s): ${r.throughput.toFixed(0)} drafts/s, speed-up ${(r.throughput / base.throughput).toFixed(2)}×`,
  );
const best = results.at(-1)!;
const sound = results.every((r) => r.lost === 0 && r.decidedTwice === 0 && r.sweepsRun <= r.sweepTicks + 1);
reportFigure({
  bench: 'scale-out',
  figure: results.map((r) => `${r.workers}w ${r.throughput.toFixed(0)}/s`).join(', '),
  floor: `1 worker ${base.throughput.toFixed(0)} drafts/s`,
  ratio: best.throughput / base.throughput,
  ok: sound,
});
process.exit(sound ? 0 : 1);
