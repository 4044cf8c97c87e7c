// Replies classified per second end to end through the queue: N replies arrive on a published
// sandbox post, then the real workers poll, store, classify (with the corpus roster for pupil
// data), hide, log and escalate them on PostgreSQL and Redis. The floor, measured in the same
// run on the same texts, is the classifier alone in one thread with no I/O.
// Run: npx tsx bench/reply-throughput.ts   (BENCH_REPLIES=20000, BENCH_WORKERS=1 extra process)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createReplyClassifier } from '../policies/replies/index.ts';
import { parseRosterCsv } from '../services/consent/roster-csv.ts';
import { approve, startTestGatepost, waitForState } from '../test/support/gatepost.ts';
import { startWorkerProcess, type WorkerProcess } from '../test/support/worker-process.ts';
import { reportFigure } from './lib/stats.ts';

const N = Number(process.env.BENCH_REPLIES ?? 20_000);
const EXTRA_WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const corpus = path.resolve(import.meta.dirname, '../../shared/corpus');
const comments = readFileSync(path.join(corpus, 'comments.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { text: string });
const roster = parseRosterCsv(readFileSync(path.join(corpus, 'roster.csv'), 'utf8')).pupils;
// Every text distinct, as real replies are: the corpus comment with the reply's number.
const texts = Array.from({ length: N }, (_, i) => `${comments[i % comments.length]!.text} ${i}`);

function floor(): number {
  const classify = createReplyClassifier(roster);
  const started = performance.now();
  for (const text of texts) classify(text);
  return N / ((performance.now() - started) / 1000);
}

const gp = await startTestGatepost({ roster, sweepMs: 1000 });
const workers: WorkerProcess[] = [];
try {
  for (let i = 0; i < EXTRA_WORKERS; i++) workers.push(await startWorkerProcess(gp.env));
  const [staff, officer] = [await gp.login('staff'), await gp.login('officer')];
  const accountId = gp.seeded.accountId;
  const draft = await staff('POST', '/api/drafts', {
    accountIds: [accountId],
    text: 'Sports day is on Friday!',
  });
  await staff('POST', `/api/drafts/${draft.body.id}/submit`);
  await approve(officer, await waitForState(staff, draft.body.id, ['AWAITING_APPROVAL']));
  await waitForState(staff, draft.body.id, ['PUBLISHED']);
  const { rows } = await gp.db.sql(`SELECT id FROM "SandboxPost" WHERE "accountId" = $1`, [accountId]);
  // The replies are already on the platform when the poll comes, as after a busy evening.
  await gp.db.sql(
    `INSERT INTO "SandboxReply" (id, "accountId", "postId", author, text)
     SELECT gen_random_uuid()::text, $1, $2, '@parent' || (i % 500), t
     FROM unnest($3::text[]) WITH ORDINALITY AS u(t, i)`,
    [accountId, rows[0].id, texts.slice(0, N - 1)],
  );
  const started = performance.now();
  // The last reply arrives through the API, which asks for a poll at once (as a webhook would).
  await officer('POST', `/api/sandbox/accounts/${accountId}/replies`, {
    author: '@last',
    text: texts[N - 1],
  });
  let storedAt = 0;
  for (;;) {
    const { rows: counts } = await gp.db.sql(
      `SELECT count(*)::int AS stored, count("classifiedAt")::int AS classified,
              count(*) FILTER (WHERE moderation = 'hide_pending')::int AS pending FROM "Reply"`,
    );
    const { stored, classified, pending } = counts[0];
    if (!storedAt && stored === N) storedAt = performance.now();
    if (classified === N && pending === 0) break;
    if (performance.now() - started > 600_000)
      throw new Error(`only ${classified}/${N} classified after 10 minutes`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  const { rows: summary } = await gp.db.sql(
    `SELECT count(*) FILTER (WHERE cardinality(labels) > 0)::int AS labelled,
            count(*) FILTER (WHERE hidden)::int AS hidden,
            (SELECT count(*)::int FROM "AbuseLogEntry") AS logged,
            (SELECT count(*)::int FROM "Escalation") AS escalated FROM "Reply"`,
  );
  const endToEnd = N / seconds;
  const alone = floor();
  const s = summary[0];
  console.log(`reply-throughput: ${N} replies on 1 post, ${1 + EXTRA_WORKERS} worker process(es)`);
  console.log(
    `  end to end (poll → store → classify → hide/log/escalate): ${endToEnd.toFixed(0)} replies/s  (${seconds.toFixed(1)} s; all stored after ${((storedAt - started) / 1000).toFixed(1)} s)`,
  );
  console.log(`  floor (classifier alone, one thread, no I/O): ${alone.toFixed(0)} replies/s`);
  console.log(
    `  ratio end-to-end/floor: ${(endToEnd / alone).toFixed(2)}  (target ≥ 2000 replies/s end to end)`,
  );
  console.log(
    `  labelled ${s.labelled}, hidden ${s.hidden}, abuse log ${s.logged}, escalations ${s.escalated}`,
  );
  reportFigure({
    bench: 'reply-throughput',
    figure: `${endToEnd.toFixed(0)} replies/s end to end (${N} replies, ${1 + EXTRA_WORKERS} worker processes; target ≥ 2000/s: ${endToEnd >= 2000 ? 'met' : 'not met'})`,
    floor: `classifier alone ${alone.toFixed(0)} replies/s`,
    ratio: endToEnd / alone,
  });
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const w of workers) await w.stop();
  await gp.stop();
}
process.exit();
