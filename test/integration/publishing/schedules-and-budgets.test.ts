// When posts go out: UK times across the clock changes, the calendar, posting budgets that
// spread a burst, and warnings before a connection's token runs out.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reservePostingSlot } from '../../../services/publishing/posting-budget.ts';
import { type FakeGraph, startFakeGraph } from '../../fakes/fake-graph.ts';
import { type Api, REDIS_URL } from '../../support/gatepost.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';
import { addAccount, approvedDraft } from '../../support/platform-accounts.ts';

let graph: FakeGraph;
beforeAll(async () => {
  graph = await startFakeGraph();
});
afterAll(() => graph?.close());

const { gp, db, staff, officer, ict } = signedInGatepost({
  sweepMs: 300,
  env: () => ({ GATEPOST_GRAPH_BASE_URL: graph.url }),
  database: true,
  as: ['staff', 'officer', 'ict'],
});

const draftAt = (scheduledLocal: string) =>
  staff('POST', '/api/drafts', {
    accountIds: [gp.seeded.accountId],
    text: 'Harvest assembly.',
    scheduledLocal,
  });

describe('scheduling in UK time across the clock changes', () => {
  it('refuses a spring time the clocks skip, saying what to choose instead', async () => {
    const res = await draftAt('2027-03-28T01:30');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/does not exist in UK time.*before 01:00 or from 02:00/);
    expect((await draftAt('2027-03-28T02:30')).body.scheduledAt).toBe('2027-03-28T01:30:00.000Z');
    expect((await draftAt('2027-03-28T00:30')).body.scheduledAt).toBe('2027-03-28T00:30:00.000Z');
  });

  it('makes an autumn time that happens twice say which, and then means exactly that one', async () => {
    const res = await draftAt('2027-10-31T01:30');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('happens twice');
    expect(res.body.error.message).toContain('"2027-10-31T01:30 BST"');
    expect((await draftAt('2027-10-31T01:30 BST')).body.scheduledAt).toBe('2027-10-31T00:30:00.000Z');
    expect((await draftAt('2027-10-31T01:30 GMT')).body.scheduledAt).toBe('2027-10-31T01:30:00.000Z');
    expect((await draftAt('2027-10-31T09:00')).body.scheduledAt).toBe('2027-10-31T09:00:00.000Z');
    expect((await draftAt('2027-07-01T09:00')).body.scheduledAt).toBe('2027-07-01T08:00:00.000Z');
    expect((await draftAt('2027-07-01T09:00 GMT')).status).toBe(400);
  });

  it('shows each approved post once in the calendar, at the UK time the officer meant', async () => {
    const id = await approvedDraft(
      staff,
      officer,
      gp.seeded.accountId,
      'Clocks go back tonight: extra hour!',
      {
        scheduledLocal: '2027-10-31T01:30 GMT',
      },
    );
    const calendar = await officer('GET', '/api/calendar?from=2027-10-30T00:00:00Z&to=2027-11-01T00:00:00Z');
    expect(calendar.status).toBe(200);
    const entries = (calendar.body as { draftId: string; ukTime: string; state: string }[]).filter(
      (e) => e.draftId === id,
    );
    expect(entries).toEqual([expect.objectContaining({ ukTime: '2027-10-31T01:30 GMT', state: 'PENDING' })]);
    expect(
      (await officer('GET', '/api/calendar?from=2027-11-01T00:00:00Z&to=2027-10-30T00:00:00Z')).status,
    ).toBe(400);
  });
});

describe('posting budgets', () => {
  it('lets a burst through up to the budget and tells the rest how long to wait, not "no"', async () => {
    const redis = new Redis(REDIS_URL);
    const key = `${gp.prefix}:budget-test`;
    const budget = { posts: 3, windowMs: 60_000 };
    const now = Date.now();
    const waits = [];
    for (let i = 0; i < 5; i++) waits.push(await reservePostingSlot(redis, key, budget, `pub-${i}`, now + i));
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBeGreaterThan(59_000);
    expect(waits[3]).toBeLessThanOrEqual(60_001);
    // A retried publication keeps its slot; it is not counted twice.
    expect(await reservePostingSlot(redis, key, budget, 'pub-1', now + 10)).toBe(0);
    // Once the window has moved on, the waiting post gets its slot.
    expect(await reservePostingSlot(redis, key, budget, 'pub-3', now + 60_001)).toBe(0);
    redis.disconnect();
  });
});

describe('a connection whose token runs out', () => {
  it('warns the officer and the ICT technician 7 days and 1 day before, once each', async () => {
    const accountId = await addAccount(gp, db, 'FACEBOOK', 'Oakfield Primary');
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const connected = await ict('POST', `/api/accounts/${accountId}/credentials`, {
      credentials: { pageId: graph.state.page.id, pageAccessToken: graph.state.pageToken },
      expiresAt: inThreeDays,
    });
    expect(connected.status).toBe(200);
    expect(connected.body.tokenExpiresAt).toBe(inThreeDays);
    expect(JSON.stringify(connected.body)).not.toContain(graph.state.pageToken);

    const warnings = async (api: Api) =>
      ((await api('GET', '/api/notices')).body as { subjectId: string; kind: string }[]).filter(
        (n) => n.subjectId === accountId && n.kind === 'account.token-expiring',
      );
    const until = async (count: number) => {
      for (let i = 0; i < 100 && (await warnings(ict)).length < count; i++)
        await new Promise((r) => setTimeout(r, 100));
    };
    await until(1);
    await new Promise((r) => setTimeout(r, 1_000)); // several sweeps later: still one
    expect(await warnings(ict)).toHaveLength(1);
    expect(await warnings(officer)).toHaveLength(1);
    expect(await warnings(staff)).toHaveLength(0);

    await db.prisma.account.update({
      where: { id: accountId },
      data: { tokenExpiresAt: new Date(Date.now() + 12 * 3_600_000) },
    });
    await until(2);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await warnings(ict)).toHaveLength(2);
  });
});
