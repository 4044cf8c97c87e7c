// Submit → AWAITING_APPROVAL latency for 500 clean text drafts through the real API, workers,
// PostgreSQL and Redis, beside a raw BullMQ round trip (add → processed) measured in the
// same run on the same Redis. Run: npx tsx bench/queue-latency.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { startTestGatepost } from '../test/support/gatepost.ts';
import { inParallel, ms, percentile } from './lib/stats.ts';

const N = Number(process.env.BENCH_DRAFTS ?? 500);
const IN_FLIGHT = 20;
const corpus = path.resolve(import.meta.dirname, '../../shared/corpus/posts.jsonl');
const clean = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { text: string; labels: string[] })
  .filter((p) => p.labels.length === 0)
  .map((p) => p.text);

async function rawRoundTrip(): Promise<number[]> {
  const connection = { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null };
  const prefix = `{bench-raw-${process.pid}}`;
  const queue = new Queue('raw', { connection, prefix });
  const events = new QueueEvents('raw', { connection, prefix });
  const worker = new Worker('raw', async () => Date.now(), { connection, prefix, concurrency: 8 });
  await Promise.all([events.waitUntilReady(), worker.waitUntilReady()]);
  const latencies: number[] = [];
  await inParallel([...Array(N).keys()], IN_FLIGHT, async (i) => {
    const start = Date.now();
    const job = await queue.add('raw', { i });
    await job.waitUntilFinished(events);
    latencies.push(Date.now() - start);
  });
  await worker.close();
  await events.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return latencies;
}

const gp = await startTestGatepost();
try {
  const staff = await gp.login('staff');
  const ids: string[] = [];
  await inParallel([...Array(N).keys()], IN_FLIGHT, async (i) => {
    const text = `${clean[i % clean.length]} (${i})`;
    const res = await staff('POST', '/api/drafts', { accountIds: [gp.seeded.accountId], text });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    ids.push(res.body.id);
  });
  const started = Date.now();
  await inParallel(ids, IN_FLIGHT, async (id) => {
    const res = await staff('POST', `/api/drafts/${id}/submit`);
    if (res.status !== 202) throw new Error(`submit: ${res.status}`);
  });
  // Wait until every draft has been decided by the workers.
  for (;;) {
    const { rows } = await gp.db.sql(
      `SELECT count(*)::int AS n FROM "Draft" WHERE state IN ('SUBMITTED','CHECKING')`,
    );
    if (rows[0].n === 0) break;
    if (Date.now() - started > 300_000) throw new Error('drafts still being checked after 5 minutes');
    await new Promise((r) => setTimeout(r, 200));
  }
  // The audit trail holds both instants, written in the transactions that made them true.
  const { rows } = await gp.db.sql(`
    SELECT s."subjectId", extract(epoch from (d.at - s.at)) * 1000 AS ms, d.action
    FROM "AuditEvent" s JOIN "AuditEvent" d ON d."subjectId" = s."subjectId"
    WHERE s.action = 'draft.submit' AND d.action IN ('draft.awaitApproval', 'draft.requireChanges')`);
  const latencies = rows.filter((r) => r.action === 'draft.awaitApproval').map((r) => Number(r.ms));
  const raw = await rawRoundTrip();
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const r50 = percentile(raw, 50);
  const r95 = percentile(raw, 95);
  console.log(
    `queue-latency: ${latencies.length}/${N} drafts reached AWAITING_APPROVAL (${rows.length - latencies.length} needed changes)`,
  );
  console.log(`  gate (submit → AWAITING_APPROVAL): p50 ${ms(p50)}  p95 ${ms(p95)}`);
  console.log(`  floor (raw BullMQ add → processed): p50 ${ms(r50)}  p95 ${ms(r95)}`);
  console.log(
    `  ratio gate/floor: p50 ${(p50 / r50).toFixed(1)}×  p95 ${(p95 / r95).toFixed(1)}×  (one job + checks + DB writes per draft)`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await gp.stop();
}
process.exit();
