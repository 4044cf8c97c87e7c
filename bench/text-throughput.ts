// Throughput of check-text through the CLI, against the floor of a passthrough that reads and
// writes the same JSON lines in the same run (process start, JSON and pipes cost the same).
// "Per core" is texts per second of the child's own CPU time (user + system, from /usr/bin/time),
// which a machine shared with other work does not distort; wall-clock figures are printed too.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const TARGET = 20_000;

const posts = readFileSync(join(CORPUS, 'posts.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
    const { id, text, platform, has_image } = JSON.parse(l) as Record<string, unknown>;
    return { id, text, platform, has_image };
  });
const lines: string[] = [];
for (let i = 0; lines.length < TARGET; i++) {
  const post = posts[i % posts.length]!;
  lines.push(JSON.stringify({ ...post, id: `${post.id}-${i}` }));
}
const input = `${lines.join('\n')}\n`;

const PASSTHROUGH = `
const rl = require('node:readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
(async () => { for await (const line of rl) { const o = JSON.parse(line);
  if (!process.stdout.write(JSON.stringify({ id: o.id, findings: [] }) + '\\n')) await new Promise(r => process.stdout.once('drain', r)); } })();`;

const TIME = '/usr/bin/time';
const CPU_LINE = /^cpu (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/m;

interface Rate {
  wall: number;
  perCore: number | undefined;
}

function timed(args: string[]): Rate {
  const withTime = existsSync(TIME);
  const command = withTime ? TIME : 'node';
  const argv = withTime ? ['-f', 'cpu %U %S', 'node', ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, argv, { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const out = result.stdout.split('\n').filter((l) => l).length;
  if (out !== lines.length)
    throw new Error(`${args.join(' ')}: ${out} lines out for ${lines.length} in\n${result.stderr}`);
  const cpu = CPU_LINE.exec(result.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined;
  return { wall: lines.length / seconds, perCore: cpuSeconds ? lines.length / cpuSeconds : undefined };
}

const show = (rate: number | undefined) => (rate === undefined ? 'n/a' : String(Math.round(rate)));
const floor = timed(['-e', PASSTHROUGH]);
const checks = timed(['bin/gatepost.mjs', 'check-text', '--roster', join(CORPUS, 'roster.csv')]);
console.log(`texts: ${lines.length}`);
console.log(`passthrough floor: ${show(floor.perCore)} lines/s per core (wall ${show(floor.wall)} lines/s)`);
console.log(
  `check-text:        ${show(checks.perCore)} checks/s per core (wall ${show(checks.wall)} checks/s; target ≥ 5000/s per core)`,
);
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(3) : 'n/a');
console.log(
  `ratio check-text / passthrough: ${ratio(checks.perCore, floor.perCore)} per core (wall ${ratio(checks.wall, floor.wall)})`,
);
