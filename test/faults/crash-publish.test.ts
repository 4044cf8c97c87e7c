// Crash safety of the publish path against the fake X: a worker killed with SIGKILL at a random
// point after approval (sometimes while X has accepted the post but not yet answered), then a
// fresh worker started — every post reaches X exactly once. And X misbehaving (500, 429,
// timeouts, garbled JSON, dropped answers, expired tokens) ends in PUBLISHED once or FAILED with
// a notice to the officer, never stuck in PUBLISHING.
// Short form here (GATEPOST_CRASH_TRIALS, default 3); long form: bench/crash-trials.ts (50).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../fakes/faults.ts';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process.ts';
import { startXStage, type XStage } from '../support/x-publishing.ts';

const TRIALS = Number(process.env.GATEPOST_CRASH_TRIALS ?? 3);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let stage: XStage;
let worker: WorkerProcess;

beforeAll(async () => {
  stage = await startXStage();
  worker = await startWorkerProcess(stage.gp.env);
});
afterAll(async () => {
  await worker?.stop();
  await stage?.stop();
});

describe(`${TRIALS} workers killed at random points of publishing`, () => {
  it(
    'leave every post on X exactly once: none lost, none doubled',
    async () => {
      const outcomes: {
        trial: number;
        killedAfterMs: number;
        dropped: boolean;
        posts: number;
        state: string;
      }[] = [];
      for (let trial = 0; trial < TRIALS; trial++) {
        const text = `Crash trial ${trial} (${Date.now()}): the Year 6 play is on Thursday at 2pm.`;
        // Some trials have X take the post and then lose the answer, the hardest case.
        const dropped = Math.random() < 0.3;
        if (dropped) stage.fake.faults.inject('POST /2/tweets', { kind: 'accept_then_drop' });
        const id = await stage.approved(text);
        const killedAfterMs = Math.floor(Math.random() * 1_500);
        await sleep(killedAfterMs);
        await worker.kill();
        worker = await startWorkerProcess(stage.gp.env);
        const settled = await stage.settled(id);
        stage.fake.faults.clear();
        outcomes.push({ trial, killedAfterMs, dropped, posts: stage.postsWith(text), state: settled.state });
      }
      console.log(
        `crash trials: ${outcomes.length}, duplicates ${outcomes.filter((o) => o.posts > 1).length}, lost ${outcomes.filter((o) => o.posts === 0).length}`,
      );
      expect(outcomes.filter((o) => o.posts !== 1 || o.state !== 'PUBLISHED')).toEqual([]);
    },
    120_000 + TRIALS * 90_000,
  );
});

describe('X misbehaving while a post goes out', () => {
  const faults: [string, Fault, number][] = [
    ['two 500s in a row', { kind: 'server_error' }, 2],
    ['a 429 with a reset in 2 s', { kind: 'rate_limited', resetInSeconds: 2 }, 1],
    ['garbled JSON', { kind: 'garbled' }, 1],
    ['no answer at all (timeout)', { kind: 'hang' }, 1],
    ['the post taken, the answer dropped', { kind: 'accept_then_drop' }, 1],
  ];
  it.each(faults)(
    '%s: published once after retrying',
    async (what, fault, times) => {
      stage.fake.faults.inject('POST /2/tweets', fault, times);
      const text = `Fault ${what} (${Date.now()}): school photographs are on Monday.`;
      const id = await stage.approved(text);
      const settled = await stage.settled(id, 180_000);
      stage.fake.faults.clear();
      expect(settled.state).toBe('PUBLISHED');
      expect(stage.postsWith(text)).toBe(1);
    },
    240_000,
  );

  it('an expired token: FAILED with a notice to the officer, not stuck in PUBLISHING', async () => {
    stage.fake.faults.inject('*', { kind: 'expired_token' }, 50);
    const text = `Expired token (${Date.now()}): the school fair is on Saturday.`;
    const id = await stage.approved(text);
    const settled = await stage.settled(id, 180_000);
    stage.fake.faults.clear();
    expect(settled.state).toBe('FAILED');
    expect(settled.publications[0]!.error).toEqual(expect.any(String));
    expect(stage.postsWith(text)).toBe(0);
    const notices = await stage.officer('GET', '/api/notices');
    expect(
      (notices.body as { kind: string; subjectId: string }[]).some(
        (n) => n.kind === 'publication.failed' && n.subjectId === id,
      ),
    ).toBe(true);
  }, 240_000);
});
