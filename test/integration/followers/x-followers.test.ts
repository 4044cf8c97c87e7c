// §2 on X, end to end: the worker polls the fake X (the real twitter-api-v2 client) for the
// account's followers and follow requests, queues each person once with any pupil or staff name
// their name matches, and the officer's block, remove and approve reach X where its API allows,
// each audited; what X's API cannot do is refused with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeX, startFakeX } from '../../fakes/fake-x.ts';
import { followersOnX } from '../../support/followers.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';
import { addAccount, addConnectedXAccount, fakeXSettings } from '../../support/platform-accounts.ts';
import { until } from '../../support/replies.ts';
import { ameliaHughes } from '../../support/roster.ts';

let fake: FakeX;
beforeAll(async () => {
  fake = await startFakeX();
  const me = fake.account.id;
  followersOnX(fake);
  fake.state.addFollower(me, 'sam_staff', { name: 'Sam Staff', createdAt: new Date('2019-01-01T00:00:00Z') });
});
afterAll(() => fake?.close());

const { gp, db, ict, officer, head } = signedInGatepost({
  roster: [ameliaHughes],
  env: () => fakeXSettings(fake, `x-followers-${process.pid}`),
  sweepMs: 60_000,
  database: true,
  as: ['ict', 'officer', 'head'],
});
let accountId: string;
beforeAll(async () => {
  accountId = await addConnectedXAccount(gp, db, ict, fake);
});

interface Follower {
  id: string;
  handle: string;
  displayName: string;
  bio: string;
  accountCreatedAt: string | null;
  isRequest: boolean;
  status: string;
  nameMatches: { kind: string; level: string; name: string }[];
  actions: Record<'approve' | 'remove' | 'block', { available: boolean; note: string | null }>;
}

const followers = async () =>
  (await officer<Follower[]>('GET', `/api/followers?accountId=${accountId}`)).body;
const byHandle = async (handle: string) => (await followers()).find((f) => f.handle === handle)!;
const followersCalls = () => fake.log.filter((r) => r.route === 'GET /2/users/:id/followers').length;

/** Asks for a poll now and waits until it has finished. */
async function pollNow(): Promise<void> {
  const lastPolled = async () => {
    const accounts = (await officer('GET', '/api/followers/accounts')).body as {
      accountId: string;
      lastPolledAt: string | null;
    }[];
    return accounts.find((a) => a.accountId === accountId)?.lastPolledAt ?? null;
  };
  const before = await lastPolled();
  expect((await officer('POST', '/api/followers/poll', { accountId })).status).toBe(202);
  await until('the follower poll', async () => {
    const now = await lastPolled();
    return now && now !== before ? now : undefined;
  });
}

describe('followers of an X account', () => {
  it('queues each new follower once, with what X says about them', async () => {
    await pollNow();
    expect((await followers()).map((f) => f.handle).sort()).toEqual([
      '@amelia_hughes09',
      '@oakfield_bakery',
      '@sam_staff',
    ]);
    const bakery = await byHandle('@oakfield_bakery');
    expect(bakery).toMatchObject({
      displayName: 'Oakfield Bakery',
      bio: 'Fresh bread daily on the high street.',
      accountCreatedAt: '2014-03-02T10:00:00.000Z',
      isRequest: false,
      status: 'PENDING',
      nameMatches: [],
    });

    fake.state.addFollower(fake.account.id, 'new_parent', { name: 'A Parent' });
    const calls = followersCalls();
    await pollNow();
    await pollNow();
    expect(followersCalls()).toBeGreaterThan(calls);
    const handles = (await followers()).map((f) => f.handle);
    expect(handles).toHaveLength(4);
    expect(new Set(handles).size).toBe(4);
  }, 60_000);

  it('flags a follower whose name is a pupil’s or a member of staff’s', async () => {
    expect((await byHandle('@amelia_hughes09')).nameMatches).toEqual([
      { kind: 'pupil', level: 'full', name: 'Amelia Hughes (Year 4)' },
    ]);
    expect((await byHandle('@sam_staff')).nameMatches).toEqual([
      { kind: 'staff', level: 'full', name: 'Sam Staff' },
    ]);
  });

  it('blocks on X only where X’s API allows it, and audits the block', async () => {
    const bakery = await byHandle('@oakfield_bakery');
    const path = `/api/followers/${bakery.id}/decision`;
    fake.state.blockingAllowed = false;
    const refused = await officer('POST', path, { decision: 'block' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('Enterprise plan');
    expect((await byHandle('@oakfield_bakery')).status).toBe('PENDING');

    fake.state.blockingAllowed = true;
    const blocked = await officer('POST', path, { decision: 'block' });
    expect(blocked.status).toBe(200);
    expect(blocked.body.status).toBe('BLOCKED');
    const bakeryOnX = [...fake.state.users.values()].find((u) => u.username === 'oakfield_bakery')!;
    expect(fake.state.blocks.get(fake.account.id)?.has(bakeryOnX.id)).toBe(true);
    expect(fake.state.followers.get(fake.account.id)).not.toContain(bakeryOnX.id);

    const audit = (await head('GET', `/api/audit?subjectId=${bakery.id}`)).body as {
      action: string;
      data: { follower: string; platform: string };
    }[];
    expect(audit.map((e) => [e.action, e.data.follower, e.data.platform])).toEqual([
      ['follower.block', '@oakfield_bakery', 'X'],
    ]);
    expect((await officer('POST', path, { decision: 'approve' })).status).toBe(409);
  }, 30_000);

  it('removes a follower by blocking and unblocking them, and records approvals', async () => {
    const parent = await byHandle('@new_parent');
    const removed = await officer('POST', `/api/followers/${parent.id}/decision`, { decision: 'remove' });
    expect(removed.status).toBe(200);
    expect(removed.body.status).toBe('REMOVED');
    const parentOnX = [...fake.state.users.values()].find((u) => u.username === 'new_parent')!;
    expect(fake.state.followers.get(fake.account.id)).not.toContain(parentOnX.id);
    expect(fake.state.blocks.get(fake.account.id)?.has(parentOnX.id)).toBe(false);
    // Following again puts them back in front of the officer.
    fake.state.followers.get(fake.account.id)!.push(parentOnX.id);
    await pollNow();
    expect((await byHandle('@new_parent')).status).toBe('PENDING');
    const returned = (await head('GET', `/api/audit?subjectId=${parent.id}`)).body as { action: string }[];
    expect(returned.map((e) => e.action)).toEqual(['follower.returned', 'follower.remove']);

    const staffMember = await byHandle('@sam_staff');
    const approved = await officer('POST', `/api/followers/${staffMember.id}/decision`, {
      decision: 'approve',
    });
    expect(approved.body).toMatchObject({ status: 'APPROVED', decidedAt: expect.any(String) });
    expect((await officer('GET', `/api/followers?accountId=${accountId}&status=APPROVED`)).body).toHaveLength(
      1,
    );
  });

  it('lists follow requests of a protected account and refuses what X’s API cannot do', async () => {
    fake.state.users.get(fake.account.id)!.protected = true;
    fake.state.addFollower(fake.account.id, 'curious_stranger', { name: 'Curious Stranger' });
    await pollNow();
    const request = await byHandle('@curious_stranger');
    expect(request.isRequest).toBe(true);
    expect(request.actions.remove).toEqual({
      available: false,
      note: expect.stringContaining('cannot decline a follow request'),
    });
    const decline = await officer('POST', `/api/followers/${request.id}/decision`, { decision: 'remove' });
    expect(decline.status).toBe(409);
    expect(decline.body.error.message).toContain('decline it on x.com');
    expect((await byHandle('@curious_stranger')).status).toBe('PENDING');

    const bad = await officer('POST', `/api/followers/${request.id}/decision`, { decision: 'mute' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('approve, remove, block');
  }, 30_000);

  it('says a Facebook Page’s followers cannot be listed', async () => {
    const pageId = await addAccount(gp, db, 'FACEBOOK', 'Oakfield Primary');
    const accounts = (await officer('GET', '/api/followers/accounts')).body as {
      accountId: string;
      listsFollowers: boolean;
      note: string;
    }[];
    expect(accounts.find((a) => a.accountId === pageId)).toMatchObject({
      listsFollowers: false,
      note: expect.stringContaining('only the number of its followers'),
    });
    const poll = await officer('POST', '/api/followers/poll', { accountId: pageId });
    expect(poll.status).toBe(409);
  });
});
