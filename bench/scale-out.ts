// Scale-out: a backlog of submitted drafts drained by 1, 2 and 4 worker processes on one Redis
// and one PostgreSQL (as `docker compose up --scale worker=N`). Prints throughput per worker
// count and the speed-up, and proves no draft is lost or decided twice and the sweep runs once
// per tick.
//
// Each worker is capped at WORKER_CPUS of a core, as a compose `cpus:` limit would: on this
// 2-core box one uncapped worker and PostgreSQL already fill both cores, so uncapped workers
// could only share them; capped, each added worker brings its own CPU as an added machine
// would. The uncapped pair is run too and printed beside them, so the box's ceiling shows.
// Run: npx tsx bench/scale-out.ts   (BENCH_QUICK=1: 1,000 drafts; BENCH_DRAFTS overrides)
import { type BurstResult, runBurst } from './lib/burst.ts';
import { reportFigure } from './lib/stats.ts';

const drafts = Number(process.env.BENCH_DRAFTS ?? (process.env.BENCH_QUICK ? 1_000 : 10_000));
const counts = (process.env.BENCH_WORKER_COUNTS ?? '1,2,4').split(',').map(Number);
const WORKER_CPUS = 0.25;

const describe = (r: BurstResult) =>
  `${r.workers} worker(s)${r.workerCpus ? ` at ${r.workerCpus} core each` : ', uncapped'}: ${r.drainSeconds.toFixed(1)} s, ${r.throughput.toFixed(0)} drafts/s, lost ${r.lost}, decided twice ${r.decidedTwice}, sweep ran ${r.sweepsRun}× in ${r.sweepTicks} ticks, load ${r.load.map((l) => l.toFixed(1)).join(' ')}`;

async function series(workerCpus: number | undefined, workerCounts: number[]): Promise<BurstResult[]> {
  const results = [];
  for (const workers of workerCounts) {
    const r = await runBurst(drafts, { workers, mode: 'backlog', ...(workerCpus ? { workerCpus } : {}) });
    console.log(`  ${describe(r)}`);
    results.push(r);
  }
  return results;
}

const capped = await series(WORKER_CPUS, counts);
const uncapped = await series(undefined, [1, 2]);
const base = capped[0]!;
const capsHeld = capped.every((r) => r.workerCpus === WORKER_CPUS);
console.log(`scale-out: backlog of ${drafts} drafts`);
if (!capsHeld) console.log('  (this machine lets nobody cap a process: the workers ran uncapped)');
for (const r of capped)
  console.log(
    `  ${r.workers} worker(s)${r.workerCpus ? ` at ${r.workerCpus} core` : ''}: ${r.throughput.toFixed(0)} drafts/s, speed-up ${(r.throughput / base.throughput).toFixed(2)}×`,
  );
console.log(
  `  uncapped on this 2-core box: 1 worker ${uncapped[0]!.throughput.toFixed(0)} drafts/s, 2 workers ${uncapped[1]!.throughput.toFixed(0)} drafts/s (the box's ceiling, not the workers')`,
);
const best = capped.at(-1)!;
const all = [...capped, ...uncapped];
const sound = all.every((r) => r.lost === 0 && r.decidedTwice === 0 && r.sweepsRun <= r.sweepTicks + 1);
reportFigure({
  bench: 'scale-out',
  figure: `${capped.map((r) => `${r.workers}w ${r.throughput.toFixed(0)}/s`).join(', ')}${capsHeld ? ` (${WORKER_CPUS} core each)` : ''}; uncapped 1w ${uncapped[0]!.throughput.toFixed(0)}/s, 2w ${uncapped[1]!.throughput.toFixed(0)}/s`,
  floor: `1 worker ${base.throughput.toFixed(0)} drafts/s`,
  ratio: best.throughput / base.throughput,
  ok: sound,
});
process.exit(sound ? 0 : 1);
