// The burst: N drafts created through the API, then all submitted at once while W worker
// processes (ROLE=worker, like `docker compose up --scale worker=W`) drain the text checks.
// Measures drain time, API latency under that load, and counts drafts lost or decided twice.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { Queue, Worker } from 'bullmq';
import { type Api, REDIS_URL, startTestGatepost, type TestGatepost } from '../../test/support/gatepost.ts';
import { startWorkerProcess, type WorkerProcess } from '../../test/support/worker-process.ts';
import { type CpuCap, capCpu } from './cpu-cap.ts';
import { inParallel, percentile } from './stats.ts';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus/posts.jsonl');
export const cleanPosts = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { text: string; labels: string[] })
  .filter((p) => p.labels.length === 0)
  .map((p) => p.text);

export interface BurstResult {
  drafts: number;
  workers: number;
  drainSeconds: number;
  /** Drafts decided per second, from the first submit to the last decision. */
  throughput: number;
  submitP95: number;
  readP50: number;
  readP95: number;
  lost: number;
  decidedTwice: number;
  sweepsRun: number;
  /** Cores each worker was held to, or undefined when uncapped (not asked, or not allowed here). */
  workerCpus: number | undefined;
  sweepTicks: number;
  load: number[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SWEEP_MS = 2_000;

async function createDrafts(gp: TestGatepost, staff: Api, n: number): Promise<string[]> {
  const ids: string[] = [];
  await inParallel([...Array(n).keys()], 32, async (i) => {
    const text = `${cleanPosts[i % cleanPosts.length]} (${i})`;
    const res = await staff('POST', '/api/drafts', { accountIds: [gp.seeded.accountId], text });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    ids.push(res.body.id);
  });
  return ids;
}

async function undecided(gp: TestGatepost): Promise<number> {
  const { rows } = await gp.db.sql(
    `SELECT count(*)::int AS n FROM "Draft" WHERE state IN ('DRAFT','SUBMITTED','CHECKING')`,
  );
  return rows[0].n;
}

export interface BurstOptions {
  /** Worker processes, as `docker compose up --scale worker=N`. */
  workers: number;
  /**
   * `submitted`: timed from the first submit, the API taking them while the workers drain.
   * `backlog`: every draft is submitted while the text checks are paused, then the clock starts
   * as they resume: the worker tier's own throughput, without the API's share of the machine.
   */
  mode?: 'submitted' | 'backlog';
  /** Caps each worker at this many cores (see cpu-cap.ts), where the machine allows it. */
  workerCpus?: number;
}

export async function runBurst(
  drafts: number,
  { workers, mode = 'submitted', workerCpus }: BurstOptions,
  log = console.error,
): Promise<BurstResult> {
  const gp = await startTestGatepost({ role: 'api', sweepMs: SWEEP_MS });
  // Sweep ticks are counted from here: the scheduler runs from the first worker's start.
  const born = Date.now();
  const processes: WorkerProcess[] = [];
  const caps: (CpuCap | undefined)[] = [];
  try {
    const staff = await gp.login('staff');
    log(`  creating ${drafts} drafts…`);
    const ids = await createDrafts(gp, staff, drafts);
    processes.push(...(await Promise.all(Array.from({ length: workers }, () => startWorkerProcess(gp.env)))));
    if (workerCpus) caps.push(...processes.map((p) => capCpu(p.child.pid!, workerCpus)));
    const load: number[] = [];
    const reads: number[] = [];
    const submits: number[] = [];
    let draining = true;
    // A reader opening drafts while the burst drains: what a person on the dashboard feels.
    const reader = (async () => {
      for (let i = 0; draining; i++) {
        const start = performance.now();
        await staff('GET', `/api/drafts/${ids[i % ids.length]}`);
        reads.push(performance.now() - start);
        await sleep(20);
      }
    })();
    const checks = textChecks(gp);
    let started = Date.now();
    try {
      if (mode === 'backlog') await checks.pause();
      log(
        `  submitting ${drafts} drafts to ${workers} worker process(es)${mode === 'backlog' ? ', checks paused' : ''}…`,
      );
      await inParallel(ids, 64, async (id) => {
        const t = performance.now();
        const res = await staff('POST', `/api/drafts/${id}/submit`);
        submits.push(performance.now() - t);
        if (res.status !== 202) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
      });
      if (mode === 'backlog') {
        // Reads and load count from here: the drain, not the submitting.
        reads.length = 0;
        started = Date.now();
        await checks.resume();
      }
    } finally {
      await checks.close();
    }
    let left = drafts;
    while (left > 0 && Date.now() - started < 900_000) {
      await sleep(250);
      left = await undecided(gp);
      if (load.length === 0 || Date.now() - started > load.length * 5_000) load.push(loadavg()[0]!);
    }
    const drainSeconds = (Date.now() - started) / 1000;
    draining = false;
    await reader;
    const { rows: twice } = await gp.db.sql(`
      SELECT "subjectId" FROM "AuditEvent" WHERE action IN ('draft.awaitApproval', 'draft.requireChanges')
      GROUP BY "subjectId" HAVING count(*) > 1`);
    const { rows: decided } = await gp.db.sql(
      `SELECT count(*)::int AS n FROM "Draft" WHERE state IN ('AWAITING_APPROVAL', 'CHANGES_REQUIRED')`,
    );
    const sweep = await sweepsCompleted(gp);
    return {
      drafts,
      workers,
      drainSeconds,
      throughput: drafts / drainSeconds,
      submitP95: percentile(submits, 95),
      readP50: percentile(reads, 50),
      readP95: percentile(reads, 95),
      lost: drafts - decided[0].n,
      decidedTwice: twice.length,
      sweepsRun: sweep,
      workerCpus: workerCpus && caps.every(Boolean) ? workerCpus : undefined,
      sweepTicks: Math.floor((Date.now() - born) / SWEEP_MS),
      load,
    };
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    for (const cap of caps) cap?.release();
    await gp.stop();
  }
}

/** The Redis the product under test uses, as BullMQ connects to it (the floor runs there too). */
function benchRedis() {
  const url = new URL(REDIS_URL);
  return { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null };
}

/** One of the product's queues, as BullMQ names it on the bench's Redis. */
const productQueue = (gp: TestGatepost, name: string) =>
  new Queue(name, { connection: benchRedis(), prefix: `{${gp.prefix}}` });

const textChecks = (gp: TestGatepost) => productQueue(gp, 'text-check');

/** Sweep runs recorded by BullMQ's job scheduler: one per tick however many workers listen. */
async function sweepsCompleted(gp: TestGatepost): Promise<number> {
  const queue = productQueue(gp, 'sweep');
  const counts = await queue.getJobCounts('completed', 'failed');
  await queue.close();
  return (counts.completed ?? 0) + (counts.failed ?? 0);
}

/** BullMQ alone on the same Redis: the one no-op job per draft (its text check), concurrency 8. */
export async function rawFloor(drafts: number): Promise<number> {
  const connection = benchRedis();
  const prefix = `{bench-burst-floor-${process.pid}}`;
  const queue = new Queue('floor', { connection, prefix });
  const total = drafts;
  let done = 0;
  let resolveAll: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    resolveAll = resolve;
  });
  const worker = new Worker(
    'floor',
    async () => {
      done += 1;
      if (done === total) resolveAll();
    },
    { connection, prefix, concurrency: 8 },
  );
  await worker.waitUntilReady();
  const started = Date.now();
  for (let i = 0; i < total; i += 500) {
    await queue.addBulk(
      Array.from({ length: Math.min(500, total - i) }, (_, j) => ({ name: 'floor', data: { i: i + j } })),
    );
  }
  await finished;
  const seconds = (Date.now() - started) / 1000;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return seconds;
}
