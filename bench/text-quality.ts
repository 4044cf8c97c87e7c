// Quality of the text checks through the CLI, on the development corpus (../shared/corpus):
// per-label precision, recall and F1 for posts and comments, and the clean-item flag rates,
// each printed beside its target.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

interface Item {
  id: string;
  text: string;
  labels: string[];
  platform?: string;
  has_image?: boolean;
}
interface Answer {
  id: string;
  labels?: string[];
  findings?: { category: string; severity: string }[];
}

const POST_TARGETS: Record<string, string> = {
  political: 'F1 ≥ 0.90',
  personal_view: 'F1 ≥ 0.90',
  offensive: 'F1 ≥ 0.90',
  insensitive: 'F1 ≥ 0.90',
  pupil_full_name: 'R ≥ 0.99 at P ≥ 0.97',
  pupil_first_name: 'R ≥ 0.95',
  personal_data: 'R ≥ 0.97',
};
const COMMENT_TARGETS: Record<string, string> = {
  abusive: 'F1 ≥ 0.90',
  cyberbullying: 'F1 ≥ 0.90',
  pupil_data: 'F1 ≥ 0.90',
  safeguarding: 'R = 1.00',
  spam: 'F1 ≥ 0.90',
};

function run(command: string, file: string): { items: Item[]; answers: Map<string, Answer> } {
  const items = readFileSync(join(CORPUS, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const input = items
    .map(({ id, text, platform, has_image }) => JSON.stringify({ id, text, platform, has_image }))
    .join('\n');
  const result = spawnSync('node', ['bin/gatepost.mjs', command, '--roster', join(CORPUS, 'roster.csv')], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const answers = new Map<string, Answer>();
  for (const line of result.stdout.split('\n').filter((l) => l.trim())) {
    const answer = JSON.parse(line) as Answer;
    answers.set(answer.id, answer);
  }
  return { items, answers };
}

const predicted = (a: Answer | undefined) =>
  new Set([...(a?.labels ?? []), ...(a?.findings ?? []).map((f) => f.category)]);
const f3 = (x: number) => x.toFixed(3);

function report(
  title: string,
  command: string,
  file: string,
  targets: Record<string, string>,
  flagged: (a: Answer) => boolean,
  cleanTarget: string,
) {
  const { items, answers } = run(command, file);
  console.log(`\n${title} (${items.length} items)`);
  for (const [label, target] of Object.entries(targets)) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const item of items) {
      const want = item.labels.includes(label);
      const got = predicted(answers.get(item.id)).has(label);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`  ${label.padEnd(17)} P ${f3(p)}  R ${f3(r)}  F1 ${f3(f1)}   target ${target}`);
  }
  const clean = items.filter((i) => i.labels.length === 0);
  const share = clean.filter((i) => {
    const a = answers.get(i.id);
    return a ? flagged(a) : false;
  }).length;
  console.log(
    `  clean ${command === 'check-text' ? 'blocked' : 'flagged'}: ${f3(share / clean.length)}   target ${cleanTarget}`,
  );
}

report(
  'Posts',
  'check-text',
  'posts.jsonl',
  POST_TARGETS,
  (a) => (a.findings ?? []).some((f) => f.severity === 'block'),
  '≤ 0.03',
);
report(
  'Comments',
  'check-comments',
  'comments.jsonl',
  COMMENT_TARGETS,
  (a) => (a.labels ?? []).length > 0,
  '≤ 0.05',
);
