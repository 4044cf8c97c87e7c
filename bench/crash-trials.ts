// Long form of test/faults/crash-publish.test.ts: 50 workers killed with SIGKILL at random
// points of publishing to the fake X, plus every X fault. Runs that test file with the trial
// count raised and reports duplicates and losses; the floor is the ideal, 0 of each.
// Run: npx tsx bench/crash-trials.ts   (BENCH_QUICK=1: 10 trials; BENCH_TRIALS overrides)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { reportFigure } from './lib/stats.ts';

const trials = Number(process.env.BENCH_TRIALS ?? (process.env.BENCH_QUICK ? 10 : 50));
const root = path.resolve(import.meta.dirname, '..');
const run = spawnSync('npx', ['vitest', 'run', 'test/faults/crash-publish.test.ts'], {
  cwd: root,
  env: { ...process.env, GATEPOST_CRASH_TRIALS: String(trials) },
  encoding: 'utf8',
});
const output = `${run.stdout}${run.stderr}`;
const line = output.match(/crash trials: (\d+), duplicates (\d+), lost (\d+)/);
const passed = run.status === 0;
console.log(
  `crash-trials: ${line ? line[0] : 'no result line'}; fault cases ${passed ? 'all passed' : 'FAILED'}`,
);
if (!passed) console.log(output.slice(-3000));
const [duplicates, lost] = line ? [Number(line[2]), Number(line[3])] : [Number.NaN, Number.NaN];
reportFigure({
  bench: 'crash-trials',
  figure: `${line?.[1] ?? 0} SIGKILL trials: ${duplicates} duplicate, ${lost} lost`,
  floor: '0 duplicate, 0 lost',
  ratio: duplicates + lost === 0 ? 1 : Number.POSITIVE_INFINITY,
  ok: passed,
});
process.exit(passed ? 0 : 1);
