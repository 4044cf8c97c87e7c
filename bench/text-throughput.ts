// Throughput of check-text through the CLI, against the floor of a passthrough that reads and
// writes the same JSON lines in the same run (process start, JSON and pipes cost the same).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

function timed(args: string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync('node', args, { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const out = result.stdout.split('\n').filter((l) => l).length;
  if (out !== lines.length)
    throw new Error(`${args.join(' ')}: ${out} lines out for ${lines.length} in\n${result.stderr}`);
  return lines.length / seconds;
}

const floor = timed(['-e', PASSTHROUGH]);
const checks = timed(['bin/gatepost.mjs', 'check-text', '--roster', join(CORPUS, 'roster.csv')]);
console.log(`texts: ${lines.length}`);
console.log(`passthrough floor: ${Math.round(floor)} lines/s`);
console.log(`check-text:        ${Math.round(checks)} checks/s (target ≥ 5000/s)`);
console.log(`ratio check-text / passthrough: ${(checks / floor).toFixed(3)}`);
