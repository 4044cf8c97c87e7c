// §5: from the repeat-offenders list the headteacher records the meeting held with the author
// (typically a parent) and blocks them on the platform where its API allows; both are audited.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';
import type { SchoolFixture } from '../../support/schools.ts';

const { db, school: home, other } = gatepostWithSchools({ other: true });

const offenderAt = (school: SchoolFixture) =>
  db.prisma.offender.create({
    data: {
      accountId: school.accountId,
      authorId: randomUUID(),
      authorHandle: '@angryparent',
      count: 5,
      labels: ['abusive'],
    },
  });

describe('a repeat offender', () => {
  it('gets the headteacher’s meeting recorded and a block on the platform, both audited', async () => {
    const offender = await offenderAt(home);
    const meeting = await home.as.head('POST', `/api/offenders/${offender.id}/meeting`, {
      heldAt: new Date().toISOString().slice(0, 10),
      note: 'Met both parents; agreed to raise concerns through the school office.',
    });
    expect(meeting.status).toBe(200);
    expect(meeting.body.meeting).toMatchObject({
      note: expect.stringContaining('school office'),
      by: home.userIds.head,
    });

    const blocked = await home.as.head('POST', `/api/offenders/${offender.id}/block`);
    expect(blocked.status).toBe(200);
    expect(blocked.body.block).toMatchObject({ state: 'blocked', by: home.userIds.head });

    const listed = await home.as.officer('GET', '/api/offenders');
    expect(listed.body.find((o: { id: string }) => o.id === offender.id)).toMatchObject({
      meeting: { note: expect.any(String) },
      block: { state: 'blocked' },
    });
    const trail = await home.as.head('GET', `/api/audit?subjectId=${offender.id}`);
    expect(trail.body.map((e: { action: string }) => e.action).sort()).toEqual([
      'offender.block',
      'offender.meeting',
    ]);
  });

  it('is the headteacher’s to act on, at their own school, with a clear record', async () => {
    const offender = await offenderAt(home);
    const path = `/api/offenders/${offender.id}/meeting`;
    const note = 'Phone call with the parent.';
    expect((await home.as.officer('POST', path, { heldAt: '2026-01-05', note })).status).toBe(403);
    const theirs = await offenderAt(other);
    expect((await home.as.head('POST', `/api/offenders/${theirs.id}/block`)).status).toBe(404);
    const future = new Date(Date.now() + 3 * 24 * 3600_000).toISOString().slice(0, 10);
    const ahead = await home.as.head('POST', path, { heldAt: future, note });
    expect(ahead.status).toBe(400);
    expect(ahead.body.error.message).toMatch(/once it has been held/);
    const empty = await home.as.head('POST', path, { heldAt: '2026-01-05', note: ' ' });
    expect(empty.body.error.message).toMatch(/Note what was agreed/);
    expect((await db.prisma.offender.findUniqueOrThrow({ where: { id: offender.id } })).meetingAt).toBeNull();
  });
});
