// §2 in demo mode: someone follows the sandbox account, the worker's follower poll queues them
// with the pupil their name matches, and the officer's remove and block end the follow on the
// sandbox platform, each audited; only the officer decides.
import { beforeAll, describe, expect, it } from 'vitest';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';
import { until } from '../../support/replies.ts';
import { ameliaHughes } from '../../support/roster.ts';

const { gp, officer, staff, head } = signedInGatepost({
  roster: [ameliaHughes],
  as: ['officer', 'staff', 'head'],
});
let accountId: string;
beforeAll(() => {
  accountId = gp.seeded.accountId;
});

interface Follower {
  id: string;
  handle: string;
  status: string;
  accountCreatedAt: string | null;
  nameMatches: { kind: string; level: string; name: string }[];
}

const follow = (handle: string, displayName: string, accountCreatedAt?: string) =>
  officer('POST', `/api/sandbox/accounts/${accountId}/followers`, {
    handle,
    displayName,
    ...(accountCreatedAt ? { accountCreatedAt } : {}),
  });
const queued = (handle: string) =>
  until(`follower ${handle}`, async () =>
    ((await officer('GET', `/api/followers?accountId=${accountId}`)).body as Follower[]).find(
      (f) => f.handle === handle,
    ),
  );

describe('followers of the sandbox account', () => {
  it('queues a new follower with the pupil their name matches', async () => {
    expect((await follow('@amelia.h', 'Amelia Hughes', '2026-11-01')).status).toBe(201);
    const queuedAmelia = await queued('@amelia.h');
    expect(queuedAmelia).toMatchObject({
      status: 'PENDING',
      accountCreatedAt: '2026-11-01T00:00:00.000Z',
      nameMatches: [{ kind: 'pupil', level: 'full', name: 'Amelia Hughes (Year 4)' }],
    });
    expect((await follow('', 'No handle')).body.error.message).toContain('handle');
  });

  it('lets only the officer decide, and ends the follow on the platform', async () => {
    const amelia = await queued('@amelia.h');
    const byStaff = await staff('POST', `/api/followers/${amelia.id}/decision`, { decision: 'block' });
    expect(byStaff.status).toBe(403);
    const byHead = await head('POST', `/api/followers/${amelia.id}/decision`, { decision: 'block' });
    expect(byHead.status).toBe(403);

    const blocked = await officer('POST', `/api/followers/${amelia.id}/decision`, { decision: 'block' });
    expect(blocked.body.status).toBe('BLOCKED');
    await follow('@grandad_joe', 'Joe Bloggs');
    const joe = await queued('@grandad_joe');
    const removed = await officer('POST', `/api/followers/${joe.id}/decision`, { decision: 'remove' });
    expect(removed.body.status).toBe('REMOVED');

    // Polled again for the next follower: nobody already queued is queued twice, and the removed
    // follower who follows again is back in front of the officer.
    await follow('@new_face', 'New Face');
    await queued('@new_face');
    await follow('@Grandad_Joe', 'Joe Bloggs');
    await until('joe back in the queue', async () =>
      (await queued('@grandad_joe')).status === 'PENDING' ? true : undefined,
    );
    const handles = ((await officer('GET', `/api/followers?accountId=${accountId}`)).body as Follower[]).map(
      (f) => f.handle,
    );
    expect(handles.sort()).toEqual(['@amelia.h', '@grandad_joe', '@new_face']);
    const audit = (await head('GET', '/api/audit?action=follower.remove')).body as {
      subjectId: string;
      data: { follower: string };
    }[];
    expect(audit.map((e) => [e.subjectId, e.data.follower])).toEqual([[joe.id, '@grandad_joe']]);
  }, 30_000);
});
