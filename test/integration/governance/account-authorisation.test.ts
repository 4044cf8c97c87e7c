// §3 end to end: the headteacher authorises and revokes staff per account, and a revocation
// stops the person's already-approved post at the publish re-check.
import { beforeAll, describe, expect, it } from 'vitest';
import { approve, waitForState } from '../../support/gatepost.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';

const { school } = gatepostWithSchools();
let path: string;
beforeAll(async () => {
  path = `/api/accounts/${school.accountId}/authorisations`;
});

const live = (rows: { userId: string; revokedAt: string | null }[]) =>
  rows.filter((r) => r.revokedAt === null).map((r) => r.userId);

describe('account authorisation', () => {
  it('lists who may post, and only the headteacher or trust admin may change it', async () => {
    const list = await school.as.head('GET', path);
    expect(list.status).toBe(200);
    expect(live(list.body).sort()).toEqual([school.userIds.staff, school.userIds.officer].sort());
    const byOfficer = await school.as.officer('POST', path, { userId: school.userIds.officer });
    expect(byOfficer.status).toBe(403);
  });

  it('refuses to authorise someone who may not draft at the school, with a reason', async () => {
    const res = await school.as.head('POST', path, { userId: school.userIds.dsl });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/no role at this school that may draft/);
    const unknown = await school.as.head('DELETE', `${path}/not-an-id`);
    expect(unknown.status).toBe(404);
  });

  it('revocation takes away posting at once, is audited, and can be granted again', async () => {
    const revoked = await school.as.trustadmin('DELETE', `${path}/${school.userIds.staff}`);
    expect(revoked.status).toBe(200);
    expect(live(revoked.body)).not.toContain(school.userIds.staff);
    expect((await school.as.head('DELETE', `${path}/${school.userIds.staff}`)).status).toBe(404);

    const accounts = await school.as.staff('GET', '/api/accounts');
    expect(accounts.body.find((a: { id: string }) => a.id === school.accountId).mayPost).toBe(false);
    const draft = await school.as.staff('POST', '/api/drafts', {
      accountIds: [school.accountId],
      text: 'Harvest festival on Friday.',
    });
    expect(draft.status).toBe(403);
    expect(draft.body.error.message).toMatch(/not authorised by the headteacher/);

    const granted = await school.as.head('POST', path, { userId: school.userIds.staff });
    expect(granted.status).toBe(201);
    expect(live(granted.body)).toContain(school.userIds.staff);
    const audit = await school.as.head('GET', `/api/audit?subjectId=${school.accountId}`);
    expect(audit.body.map((e: { action: string; actorId: string }) => [e.action, e.actorId])).toEqual([
      ['account.authorise', school.userIds.head],
      ['account.deauthorise', school.userIds.trustadmin],
    ]);
  });

  it('an approved, scheduled post by a person whose authorisation is revoked is held, not published', async () => {
    const text = 'The school choir sings at the care home on Wednesday.';
    const scheduledAt = new Date(Date.now() + 3_000).toISOString();
    const created = await school.as.staff('POST', '/api/drafts', {
      accountIds: [school.accountId],
      text,
      scheduledAt,
    });
    expect(created.status).toBe(201);
    await school.as.staff('POST', `/api/drafts/${created.body.id}/submit`);
    const ready = await waitForState(school.as.staff, created.body.id, ['AWAITING_APPROVAL']);
    expect((await approve(school.as.officer, ready)).body.state).toBe('SCHEDULED');

    expect((await school.as.head('DELETE', `${path}/${school.userIds.staff}`)).status).toBe(200);
    const failed = await waitForState(school.as.officer, created.body.id, ['FAILED', 'PUBLISHED'], 20_000);
    expect(failed.state).toBe('FAILED');
    expect(failed.publications[0].error).toMatch(/no longer authorised/);
    const posts = await school.as.officer('GET', `/api/sandbox/accounts/${school.accountId}/posts`);
    expect(posts.body.map((p: { text: string }) => p.text)).not.toContain(text);
  });
});
