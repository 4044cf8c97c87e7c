// 10,000 drafts submitted at once through the API → every one through the text checks.
// Prints drain time against a floor (BullMQ alone moving the same number of jobs), the API's
// latency while the burst drains, drafts lost or decided twice, and the machine's load.
// Run: npx tsx bench/burst.ts   (BENCH_QUICK=1: 1,000 drafts; BENCH_DRAFTS / BENCH_WORKERS override)
import { rawFloor, runBurst } from './lib/burst.ts';
import { ms, reportFigure } from './lib/stats.ts';

const drafts = Number(process.env.BENCH_DRAFTS ?? (process.env.BENCH_QUICK ? 1_000 : 10_000));
const workers = Number(process.env.BENCH_WORKERS ?? 1);

const result = await runBurst(drafts, { workers });
const floor = await rawFloor(drafts);
console.log(`burst: ${drafts} drafts, ${workers} worker process(es), target ≤ 60 s drain`);
console.log(
  `  drained in ${result.drainSeconds.toFixed(1)} s (${result.throughput.toFixed(0)} drafts/s); lost ${result.lost}; decided twice ${result.decidedTwice}`,
);
console.log(
  `  API under load: submit p95 ${ms(result.submitP95)}; draft read p50 ${ms(result.readP50)} p95 ${ms(result.readP95)}`,
);
console.log(`  floor (BullMQ alone, ${drafts} no-op jobs): ${floor.toFixed(1)} s`);
console.log(
  `  load average during the run (1 min, every 5 s): ${result.load.map((l) => l.toFixed(1)).join(' ')}`,
);
reportFigure({
  bench: 'burst',
  figure: `${result.drainSeconds.toFixed(1)} s drain of ${drafts}, p95 read ${ms(result.readP95)}`,
  floor: `${floor.toFixed(1)} s`,
  ratio: result.drainSeconds / floor,
  ok: result.lost === 0 && result.decidedTwice === 0,
});
process.exit(result.lost === 0 && result.decidedTwice === 0 ? 0 : 1);
