// The foundation's promise: a draft travels the whole gate on real PostgreSQL and Redis.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Api, approve, waitForState } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { ameliaHughes } from '../support/roster.ts';

const { gp, staff, officer } = signedInGatepost({ roster: [ameliaHughes], as: ['staff', 'officer'] });
let accountId: string;
beforeAll(() => {
  accountId = gp.seeded.accountId;
});

async function submitted(text: string, extra: Record<string, unknown> = {}, as: Api = staff) {
  const created = await as('POST', '/api/drafts', { accountIds: [accountId], text, ...extra });
  expect(created.status).toBe(201);
  expect((await as('POST', `/api/drafts/${created.body.id}/submit`)).status).toBe(202);
  return created.body.id as string;
}

const sandboxPosts = async () =>
  (await officer('GET', `/api/sandbox/accounts/${accountId}/posts`)).body as { text: string }[];

describe('a clean draft', () => {
  it('goes from staff through checks and the officer’s approval to the sandbox account, once', async () => {
    const text = 'Sports day is on Friday: bring water and a sun hat!';
    const id = await submitted(text);
    const ready = await waitForState(staff, id, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED']);
    expect(ready.state).toBe('AWAITING_APPROVAL');

    const approved = await approve(officer, ready);
    expect(approved.status).toBe(200);
    const published = await waitForState(staff, id, ['PUBLISHED']);
    expect(published.publications).toEqual([
      expect.objectContaining({ accountId, state: 'PUBLISHED', platformPostId: expect.any(String) }),
    ]);
    expect((await sandboxPosts()).filter((p) => p.text === text)).toHaveLength(1);
    expect(published.approval.contentHash).toBe(ready.contentHash);
  });
});

describe('the gate refuses', () => {
  it('a draft naming a roster pupil in full: changes required, citing §7 at the name', async () => {
    const text = 'Well done to amelia HUGHES for her swimming certificate!';
    const id = await submitted(text);
    const draft = await waitForState(staff, id, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED']);
    expect(draft.state).toBe('CHANGES_REQUIRED');
    const finding = draft.findings.find((f: { category: string }) => f.category === 'pupil_full_name');
    expect(finding).toMatchObject({ severity: 'block', clause: expect.stringContaining('7') });
    expect(text.slice(finding.span[0], finding.span[1])).toBe('amelia HUGHES');
  });

  it('the author approving their own draft (403), and a stale hash (409)', async () => {
    const id = await submitted('Our Year 5 choir sings at the town hall on Tuesday at 6pm.', {}, officer);
    const draft = await waitForState(officer, id, ['AWAITING_APPROVAL']);
    const own = await approve(officer, draft);
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('forbidden');
    const staffTry = await approve(staff, draft);
    expect([403, 404]).toContain(staffTry.status);
  });

  it('an approval once the draft is edited: the approval is void and it goes back through checks', async () => {
    const id = await submitted('Parents’ evening is next Thursday from 4pm to 7pm.', {
      scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    const ready = await waitForState(staff, id, ['AWAITING_APPROVAL']);
    const stale = await officer('POST', `/api/drafts/${id}/approve`, { contentHash: 'not-the-hash' });
    expect(stale.status).toBe(409);
    expect((await approve(officer, ready)).status).toBe(200);
    expect((await staff('GET', `/api/drafts/${id}`)).body.state).toBe('SCHEDULED');

    const edited = await staff('PATCH', `/api/drafts/${id}`, {
      text: 'Parents’ evening is next Thursday from 4pm to 8pm.',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.state).toBe('DRAFT');
    expect(edited.body.approval).toBeUndefined();
    expect(edited.body.contentHash).not.toBe(ready.contentHash);
    const replay = await officer('POST', `/api/drafts/${id}/approve`, { contentHash: ready.contentHash });
    expect(replay.status).toBe(409);
  });
});

describe('scheduling', () => {
  it('publishes a scheduled draft at its time, not before', async () => {
    const at = new Date(Date.now() + 4_000);
    const text = 'Reminder: the school library reopens on Monday.';
    const id = await submitted(text, { scheduledAt: at.toISOString() });
    const ready = await waitForState(staff, id, ['AWAITING_APPROVAL']);
    expect((await approve(officer, ready)).status).toBe(200);
    expect((await staff('GET', `/api/drafts/${id}`)).body.state).toBe('SCHEDULED');
    await new Promise((r) => setTimeout(r, Math.max(0, at.getTime() - Date.now() - 1_500)));
    expect((await sandboxPosts()).some((p) => p.text === text)).toBe(false);
    await waitForState(staff, id, ['PUBLISHED'], 15_000);
    const draft = (await staff('GET', `/api/drafts/${id}`)).body;
    expect(draft.state).toBe('PUBLISHED');
    const audit = await gp.db.sql(
      `SELECT at FROM "AuditEvent" WHERE "subjectId" = $1 AND action = 'draft.published'`,
      [id],
    );
    expect(new Date(audit.rows[0].at).getTime()).toBeGreaterThanOrEqual(at.getTime() - 1_000);
  });
});
