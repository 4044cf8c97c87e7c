// Redis and PostgreSQL going away under a running Gatepost. Both are private servers this file
// starts on its own ports (the machine's shared ones are never touched): Redis restarted with
// every key lost mid-pipeline → the sweep restores all due work within 60 s; PostgreSQL
// restarted mid-run → the API and the worker process reconnect and finish every draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Gatepost from '../support/gatepost.ts';
import {
  type PrivatePostgres,
  type PrivateRedis,
  startPrivatePostgres,
  startPrivateRedis,
} from '../support/private-services.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

let redis: PrivateRedis;
let pg: PrivatePostgres;
let gp: Gatepost.TestGatepost;
let staff: Gatepost.Api;
let officer: Gatepost.Api;
let worker: WorkerProcess;
let support: typeof Gatepost;

beforeAll(async () => {
  [redis, pg] = await Promise.all([startPrivateRedis(), startPrivatePostgres()]);
  // The support modules read these once, at import.
  process.env.GATEPOST_TEST_REDIS_URL = redis.url;
  process.env.GATEPOST_TEST_ADMIN_URL = pg.adminUrl;
  support = await import('../support/gatepost.ts');
  const { startWorkerProcess } = await import('../support/worker-process.ts');
  gp = await support.startTestGatepost({ role: 'api', sweepMs: 1_000 });
  staff = await gp.login('staff');
  officer = await gp.login('officer');
  worker = await startWorkerProcess(gp.env);
}, 180_000);
afterAll(async () => {
  await worker?.stop();
  await gp?.stop().catch(() => undefined);
  await redis?.stop();
  await pg?.stop();
});

const texts = (tag: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${tag} ${i}: the school library is open after school on Tuesdays.`);

async function submitAll(list: string[]): Promise<string[]> {
  return Promise.all(
    list.map(async (text) => {
      const { body } = await staff('POST', '/api/drafts', { accountIds: [gp.seeded.accountId], text });
      await staff('POST', `/api/drafts/${body.id}/submit`);
      return body.id as string;
    }),
  );
}

async function allReach(ids: string[], states: string[], ms: number): Promise<number> {
  const started = Date.now();
  for (const id of ids)
    await support.waitForState(staff, id, states, Math.max(1, ms - (Date.now() - started)));
  return Date.now() - started;
}

describe('Redis restarted with every key lost mid-pipeline', () => {
  it('the sweep restores every due job within 60 s: checks finish, scheduled posts go out once', async () => {
    const ready = await submitAll(texts('Scheduled', 3));
    const at = new Date(Date.now() + 6_000).toISOString();
    for (const id of ready) {
      const draft = await support.waitForState(staff, id, ['AWAITING_APPROVAL'], 60_000);
      await staff('PATCH', `/api/drafts/${id}`, { scheduledAt: at });
      await staff('POST', `/api/drafts/${id}/submit`);
      const again = await support.waitForState(staff, draft.id, ['AWAITING_APPROVAL'], 60_000);
      expect((await support.approve(officer, again)).status).toBe(200);
    }
    const inFlight = await submitAll(texts('In flight', 20));
    await redis.restartEmpty();
    const restored = await allReach(inFlight, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'], 60_000);
    const published = await allReach(ready, ['PUBLISHED'], 60_000 - restored);
    console.log(
      `redis restart: checks restored in ${restored} ms, scheduled posts out ${restored + published} ms after`,
    );
    const posts = (await officer('GET', `/api/sandbox/accounts/${gp.seeded.accountId}/posts`)).body as {
      text: string;
    }[];
    for (const text of texts('Scheduled', 3)) expect(posts.filter((p) => p.text === text)).toHaveLength(1);
  }, 240_000);
});

describe('PostgreSQL restarted mid-run', () => {
  it('the API and the worker process reconnect and finish every draft', async () => {
    const ids = await submitAll(texts('During restart', 20));
    await pg.restart(3_000);
    // The first requests after the restart may meet a dead pooled connection; the API recovers.
    let me = await staff('GET', '/api/me');
    for (let i = 0; i < 50 && me.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 200));
      me = await staff('GET', '/api/me');
    }
    expect(me.status).toBe(200);
    const took = await allReach(ids, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'], 90_000);
    console.log(`postgres restart: all 20 drafts decided ${took} ms after it came back`);
    expect(worker.child.exitCode).toBeNull();
    const later = await submitAll(texts('After restart', 3));
    await allReach(later, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'], 60_000);
  }, 240_000);
});
