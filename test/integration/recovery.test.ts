// Losing a worker or Redis's keys loses nothing: the database says what is due.
import { describe, expect, it } from 'vitest';
import { approve, waitForState } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { startWorkerProcess } from '../support/worker-process.ts';

const { gp, staff, officer } = signedInGatepost({ role: 'api', sweepMs: 500, as: ['staff', 'officer'] });

async function approvedDraft(text: string, scheduledAt?: Date) {
  const { body } = await staff('POST', '/api/drafts', {
    accountIds: [gp.seeded.accountId],
    text,
    ...(scheduledAt ? { scheduledAt: scheduledAt.toISOString() } : {}),
  });
  await staff('POST', `/api/drafts/${body.id}/submit`);
  const ready = await waitForState(staff, body.id, ['AWAITING_APPROVAL']);
  expect((await approve(officer, ready)).status).toBe(200);
  return body.id as string;
}

const postsWith = async (text: string) =>
  (
    (await officer('GET', `/api/sandbox/accounts/${gp.seeded.accountId}/posts`)).body as { text: string }[]
  ).filter((p) => p.text === text);

describe('a worker killed between approval and publishing', () => {
  it('publishes exactly once after a new worker starts', async () => {
    const worker = await startWorkerProcess(gp.env);
    const text = 'Harvest festival donations can be left in the school hall this week.';
    const at = new Date(Date.now() + 8_000);
    const id = await approvedDraft(text, at);
    expect((await staff('GET', `/api/drafts/${id}`)).body.state).toBe('SCHEDULED');
    await worker.kill();
    // The scheduled time passes with no worker alive.
    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 1_000));
    expect(await postsWith(text)).toHaveLength(0);
    const restarted = await startWorkerProcess(gp.env);
    try {
      await waitForState(staff, id, ['PUBLISHED'], 30_000);
      expect(await postsWith(text)).toHaveLength(1);
    } finally {
      await restarted.stop();
    }
  });

  it('publishes exactly once when killed in the middle of publishing', async () => {
    const text = 'Year 2 visit the farm on Thursday; packed lunches please.';
    const worker = await startWorkerProcess(gp.env);
    const id = await approvedDraft(text);
    // Kill as soon as publishing has begun, whatever step it had reached.
    await waitForState(staff, id, ['PUBLISHING', 'PUBLISHED'], 30_000);
    await worker.kill();
    const restarted = await startWorkerProcess(gp.env);
    try {
      await waitForState(staff, id, ['PUBLISHED'], 45_000);
      expect(await postsWith(text)).toHaveLength(1);
    } finally {
      await restarted.stop();
    }
  });
});

describe('Redis losing every key', () => {
  it('is repaired by the sweep: submitted and scheduled work still completes', async () => {
    const first = await startWorkerProcess(gp.env);
    const publishText = 'Flu vaccinations for Reception to Year 6 take place on Wednesday.';
    const approvedId = await approvedDraft(publishText, new Date(Date.now() + 4_000));
    await first.stop();
    const checkedText = 'The Christmas fair raised money for the school garden.';
    const { body } = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: checkedText,
    });
    await staff('POST', `/api/drafts/${body.id}/submit`);
    // The delayed publish job and the waiting check are in Redis only; now every key goes.
    expect(await gp.flushQueues()).toBeGreaterThan(0);
    const worker = await startWorkerProcess(gp.env);
    try {
      const checked = await waitForState(staff, body.id, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'], 30_000);
      expect(checked.state).toBe('AWAITING_APPROVAL');
      await waitForState(staff, approvedId, ['PUBLISHED'], 30_000);
      expect(await postsWith(publishText)).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });
});
