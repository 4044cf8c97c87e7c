// Publishing to a real school X account, end to end: the ICT technician connects it, posts go
// out through twitter-api-v2 to the fake X (TLS, real request shapes, rate-limit headers), and
// the failures people fear — rate limits, expired tokens, lost answers — end in one post or a
// clear, retryable failure.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeX, startFakeX } from '../../fakes/fake-x.ts';
import { waitForState } from '../../support/gatepost.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';
import {
  addAccount,
  addConnectedXAccount,
  approvedDraft,
  fakeXSettings,
  requestTakedown,
} from '../../support/platform-accounts.ts';

let fake: FakeX;
beforeAll(async () => {
  fake = await startFakeX();
});
afterAll(() => fake?.close());

const { gp, db, staff, officer, ict } = signedInGatepost({
  env: () => fakeXSettings(fake, `x-publishing-${process.pid}`),
  sweepMs: 500,
  database: true,
  as: ['staff', 'officer', 'ict'],
});
let accountId: string;
beforeAll(async () => {
  accountId = await addConnectedXAccount(gp, db, ict, fake);
});
beforeEach(() => fake.faults.clear());

const tweetsWith = (text: string) =>
  fake.state.tweetsBy(fake.account.id).filter((t) => t.submittedText === text);

describe('connecting an X account', () => {
  it('is the ICT technician’s job, and the secrets never come back out of the API', async () => {
    const secrets = Object.values(fake.keys.oauth1);
    const seen = [
      await ict('GET', `/api/accounts/${accountId}/connection`),
      await ict('POST', `/api/accounts/${accountId}/test`),
      await officer('GET', '/api/accounts'),
      await gp.login('head').then((head) => head('GET', '/api/audit')),
    ];
    expect(seen[0]!.body).toMatchObject({ connected: true, tokenExpiresAt: null });
    expect(seen[1]!.body).toMatchObject({ ok: true, handle: '@oakfield_primary' });
    for (const response of seen) {
      for (const secret of secrets) expect(JSON.stringify(response.body)).not.toContain(secret);
    }
    const row = await db.prisma.account.findUniqueOrThrow({ where: { id: accountId } });
    for (const secret of secrets)
      expect(Buffer.from(row.credentials!).toString('latin1')).not.toContain(secret);

    const byOfficer = await officer('POST', `/api/accounts/${accountId}/credentials`, {
      credentials: { kind: 'oauth1', ...fake.keys.oauth1 },
    });
    expect(byOfficer.status).toBe(403);
  });

  it('names the missing fields without echoing values, and keeps the working connection', async () => {
    const res = await ict('POST', `/api/accounts/${accountId}/credentials`, {
      credentials: { kind: 'oauth1', appKey: 'half-a-secret' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/appSecret.*accessToken.*accessSecret/);
    expect(JSON.stringify(res.body)).not.toContain('half-a-secret');
    expect((await ict('POST', `/api/accounts/${accountId}/test`)).body.ok).toBe(true);
  });

  it('refuses keys of a different X account', async () => {
    const other = fake.state.addUser('another_school');
    const res = await ict('POST', `/api/accounts/${accountId}/credentials`, {
      credentials: { kind: 'oauth1', ...fake.state.issueKeys(other.id).oauth1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('@another_school');
  });
});

describe('publishing to X', () => {
  it('posts once and links to the post on x.com', async () => {
    const text = 'Year 4 enjoyed their trip to the science museum today.';
    const id = await approvedDraft(staff, officer, accountId, text);
    const draft = await waitForState(staff, id, ['PUBLISHED', 'FAILED']);
    expect(draft.state).toBe('PUBLISHED');
    const [tweet] = tweetsWith(text);
    expect(draft.publications[0].url).toBe(`https://x.com/oakfield_primary/status/${tweet!.id}`);
  });

  it('waits out a 429 until X’s reset, then publishes once', async () => {
    const text = 'Our choir sings at the town hall on Friday evening.';
    const injectedAt = Date.now();
    fake.faults.inject('POST /2/tweets', { kind: 'rate_limited', resetInSeconds: 3 });
    const id = await approvedDraft(staff, officer, accountId, text);
    const draft = await waitForState(staff, id, ['PUBLISHED', 'FAILED'], 30_000);
    expect(draft.state).toBe('PUBLISHED');
    expect(tweetsWith(text)).toHaveLength(1);
    // X said "not before the reset": the post did not go out earlier than that.
    expect(tweetsWith(text)[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(injectedAt + 2_000);
  });

  it('answers "accepted, but the answer was lost" by finding the post, not posting again', async () => {
    const text = 'The library is open after school on Wednesdays this term.';
    fake.faults.inject('POST /2/tweets', { kind: 'accept_then_drop' });
    const id = await approvedDraft(staff, officer, accountId, text);
    const draft = await waitForState(staff, id, ['PUBLISHED', 'FAILED'], 30_000);
    expect(draft.state).toBe('PUBLISHED');
    expect(tweetsWith(text)).toHaveLength(1);
    expect(draft.publications[0].platformPostId).toBe(tweetsWith(text)[0]!.id);
  });

  it('fails an expired token at once with X’s reason and a notice, and one click retries it', async () => {
    const text = 'Parents’ evening bookings open on Monday.';
    fake.faults.inject('POST /2/tweets', { kind: 'expired_token' });
    const id = await approvedDraft(staff, officer, accountId, text);
    const failed = await waitForState(staff, id, ['PUBLISHED', 'FAILED']);
    expect(failed.state).toBe('FAILED');
    expect(failed.publications[0].error).toMatch(/access token has expired.*reconnect/);
    const notices = (await officer('GET', '/api/notices')).body as { subjectId: string; message: string }[];
    expect(notices.find((n) => n.subjectId === id)?.message).toMatch(/@oakfield_primary.*expired/);
    expect(tweetsWith(text)).toHaveLength(0);

    // The ICT technician reconnected (here: the token works again); the officer retries.
    const retried = await officer('POST', `/api/drafts/${id}/retry`);
    expect(retried.status).toBe(200);
    expect((await waitForState(staff, id, ['PUBLISHED', 'FAILED'])).state).toBe('PUBLISHED');
    expect(tweetsWith(text)).toHaveLength(1);
    expect((await officer('POST', `/api/drafts/${id}/retry`)).status).toBe(409);
  });

  it('takes a post down on X when a takedown is confirmed', async () => {
    const text = 'Sports day photos from the infant races.';
    const id = await approvedDraft(staff, officer, accountId, text);
    await waitForState(staff, id, ['PUBLISHED']);
    expect(tweetsWith(text)).toHaveLength(1);
    await requestTakedown(db, id);
    expect((await officer('POST', `/api/drafts/${id}/takedown`)).status).toBe(202);
    await waitForState(staff, id, ['TAKEN_DOWN']);
    expect(tweetsWith(text)).toHaveLength(0);
  });
});

describe('an account nobody has connected', () => {
  it('holds the post with the reason and tells the officer', async () => {
    const unconnected = await addAccount(gp, db, 'X', '@oakfield_sport');
    const id = await approvedDraft(staff, officer, unconnected, 'Football club restarts next week.');
    const draft = await waitForState(staff, id, ['PUBLISHED', 'FAILED']);
    expect(draft.state).toBe('FAILED');
    expect(draft.publications[0].error).toMatch(/@oakfield_sport on X is not connected/);
    const notices = (await officer('GET', '/api/notices')).body as { subjectId: string }[];
    expect(notices.some((n) => n.subjectId === id)).toBe(true);
    // Notices go to the people who must act, not to everyone.
    expect(((await staff('GET', '/api/notices')).body as unknown[]).length).toBe(0);
  });
});
