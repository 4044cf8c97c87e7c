// §3/§11: authorisation to post records when the person was trained on the platform and the
// rules; once that is older than the school's refresh period, posting is refused until
// refreshed training is recorded, and the marketing officer is reminded before it lapses.
import { describe, expect, it } from 'vitest';
import { approve, waitForState } from '../../support/gatepost.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';

const DAY_MS = 24 * 3600_000;

const { db, school: home } = gatepostWithSchools();

/** The staff member's training on the demo account, as if recorded `days` ago. */
const trainedDaysAgo = (days: number) =>
  db.prisma.accountAuthorisation.updateMany({
    where: { accountId: home.accountId, userId: home.userIds.staff },
    data: { trainedAt: new Date(Date.now() - days * DAY_MS), trainingRemindedDays: null },
  });

const training = (body: unknown) =>
  home.as.officer('PATCH', `/api/accounts/${home.accountId}/authorisations/${home.userIds.staff}`, body);

describe('training', () => {
  it('refuses posting once it is older than the school’s refresh period', async () => {
    await trainedDaysAgo(400);
    const refused = await home.as.staff('POST', '/api/drafts', {
      accountIds: [home.accountId],
      text: 'Harvest festival donations are due on Friday.',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/training to post on .* lapsed/);

    // Refreshed training recorded by the marketing officer: posting is allowed again.
    const today = new Date().toISOString().slice(0, 10);
    const recorded = await training({ trainedAt: today });
    expect(recorded.status).toBe(200);
    expect(recorded.body.trainedAt.slice(0, 10)).toBe(today);
    const allowed = await home.as.staff('POST', '/api/drafts', {
      accountIds: [home.accountId],
      text: 'Harvest festival donations are due on Friday.',
    });
    expect(allowed.status).toBe(201);
  });

  it('holds an approved post whose author’s training lapsed before it went out', async () => {
    await trainedDaysAgo(1);
    const { body: created } = await home.as.staff('POST', '/api/drafts', {
      accountIds: [home.accountId],
      text: 'Our choir sings at the town hall on Thursday evening.',
    });
    await home.as.staff('POST', `/api/drafts/${created.id}/submit`);
    const waiting = await waitForState(home.as.staff, created.id, ['AWAITING_APPROVAL']);
    await trainedDaysAgo(366);
    expect((await approve(home.as.officer, waiting)).status).toBe(200);
    const held = await waitForState(home.as.officer, created.id, ['FAILED', 'PUBLISHED'], 30_000);
    expect(held.state).toBe('FAILED');
    expect(held.publications[0].error).toMatch(/training .* lapsed/);
    const posts = await home.as.officer('GET', `/api/sandbox/accounts/${home.accountId}/posts`);
    expect(JSON.stringify(posts.body)).not.toContain('choir');
  });

  it('reminds the marketing officer before it lapses, once per reminder', async () => {
    await trainedDaysAgo(365 - 20);
    const reminder = async () => {
      for (let i = 0; i < 100; i++) {
        const notices = (await home.as.officer('GET', '/api/notices')).body as { message: string }[];
        const found = notices.filter((n) => /training to post on .* lapses on/.test(n.message));
        if (found.length) return found;
        await new Promise((r) => setTimeout(r, 200));
      }
      return [];
    };
    const found = await reminder();
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('Sam Staff');
    // Staff are not sent the officer's reminders.
    const staffNotices = (await home.as.staff('GET', '/api/notices')).body as { message: string }[];
    expect(staffNotices.some((n) => /training/.test(n.message))).toBe(false);
  });

  it('refuses a training date in the future or in another format', async () => {
    const future = new Date(Date.now() + 3 * DAY_MS).toISOString().slice(0, 10);
    expect((await training({ trainedAt: future })).body.error.message).toMatch(/once it has happened/);
    const wrong = await training({ trainedAt: '12/03/2026' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/YYYY-MM-DD/);
    // Staff cannot record their own training.
    const own = await home.as.staff(
      'PATCH',
      `/api/accounts/${home.accountId}/authorisations/${home.userIds.staff}`,
      { trainedAt: new Date().toISOString().slice(0, 10) },
    );
    expect(own.status).toBe(403);
  });
});
