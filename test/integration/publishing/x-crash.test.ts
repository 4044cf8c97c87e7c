// The worst moment to lose a worker: X has accepted the post, but the worker dies before saving
// the post's id. The worker runs in its own process, killed with SIGKILL like a power cut; a new
// one must find the post on X instead of posting it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeX, startFakeX } from '../../fakes/fake-x.ts';
import { waitForState } from '../../support/gatepost.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';
import { addConnectedXAccount, approvedDraft, fakeXSettings } from '../../support/platform-accounts.ts';
import { startWorkerProcess } from '../../support/worker-process.ts';

let fake: FakeX;
beforeAll(async () => {
  fake = await startFakeX();
});
afterAll(() => fake?.close());

const { gp, db, staff, officer, ict } = signedInGatepost({
  role: 'api',
  sweepMs: 500,
  env: () => fakeXSettings(fake, `x-crash-${process.pid}`),
  database: true,
  as: ['staff', 'officer', 'ict'],
});
let accountId: string;
beforeAll(async () => {
  accountId = await addConnectedXAccount(gp, db, ict, fake);
});

async function until(condition: () => boolean, ms = 30_000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a worker killed after X accepted the post', () => {
  it('leaves exactly one post on X once a new worker takes over, and never logs the keys', async () => {
    const text = 'Reception open morning is on Tuesday at 9:30.';
    const worker = await startWorkerProcess({ ...gp.env, LOG_LEVEL: 'debug' });
    // X stores the post and then never answers: the worker is left waiting when it dies.
    fake.faults.inject('POST /2/tweets', { kind: 'accept_then_hang' });
    const id = await approvedDraft(staff, officer, accountId, text);
    const posted = () => fake.state.tweetsBy(fake.account.id).filter((t) => t.submittedText === text);
    await until(() => posted().length === 1);
    await worker.kill();
    const row = await db.prisma.publication.findFirstOrThrow({ where: { draftId: id } });
    expect(row.platformPostId).toBeNull();

    const restarted = await startWorkerProcess({ ...gp.env, LOG_LEVEL: 'debug' });
    try {
      const draft = await waitForState(staff, id, ['PUBLISHED', 'FAILED'], 60_000);
      expect(draft.state).toBe('PUBLISHED');
      expect(posted()).toHaveLength(1);
      expect(draft.publications[0].platformPostId).toBe(posted()[0]!.id);
    } finally {
      await restarted.stop();
    }
    const logs = worker.logs() + restarted.logs();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of Object.values(fake.keys.oauth1)) expect(logs).not.toContain(secret);
  });
});
