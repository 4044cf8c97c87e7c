// §3 from the dashboard: the headteacher knows a new colleague by their school email, not by an
// id, so the authorise route takes the email too; anyone who is not at the school is refused
// alike, and permission refusals name the job that may do it rather than an internal name.
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, grantRole } from '../../../services/repositories/people.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';

const { db, school, other } = gatepostWithSchools({ other: true });
const newcomer = 'new.colleague@demo.gatepost.test';
let path: string;
let newcomerId: string;

beforeAll(async () => {
  path = `/api/accounts/${school.accountId}/authorisations`;
  // Joined as staff (as an accepted invitation leaves them) and authorised on nothing yet.
  const user = await createUser(db.prisma, { email: newcomer, name: 'Priya Natarajan', passwordHash: 'x' });
  await grantRole(db.prisma, user.id, school.schoolId, 'STAFF');
  newcomerId = user.id;
});

const liveEmails = (rows: { email: string; revokedAt: string | null }[]) =>
  rows.filter((r) => r.revokedAt === null).map((r) => r.email);

describe('authorising a colleague by their school email', () => {
  it('the headteacher authorises a new colleague by email, with the date they were trained', async () => {
    const res = await school.as.head('POST', path, {
      email: 'New.Colleague@demo.gatepost.test',
      trainedAt: '2026-09-01',
    });
    expect(res.status).toBe(201);
    expect(liveEmails(res.body)).toContain(newcomer);
    const row = res.body.find((r: { email: string }) => r.email === newcomer);
    expect(row).toMatchObject({ name: 'Priya Natarajan', trainedAt: '2026-09-01T00:00:00.000Z' });
    const audit = await school.as.head(
      'GET',
      `/api/audit?subjectId=${school.accountId}&action=account.authorise`,
    );
    expect(audit.body[0].data).toMatchObject({ userId: newcomerId });
  });

  it('refuses an unknown email and someone from another school with the same words', async () => {
    const unknown = await school.as.head('POST', path, { email: 'nobody@demo.gatepost.test' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe(
      'Nobody at this school signs in to Gatepost as nobody@demo.gatepost.test. Check the address, or invite them as staff first.',
    );
    const elsewhere = await school.as.head('POST', path, { email: `staff@${other.domain}` });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.message).toMatch(/^Nobody at this school signs in to Gatepost as staff@/);
    const list = await school.as.head('GET', path);
    expect(list.body.map((r: { userId: string }) => r.userId)).not.toContain(other.userIds.staff);
  });

  it('refuses a colleague whose role does not write posts, a future training date, and unclear bodies', async () => {
    const dsl = await school.as.head('POST', path, { email: 'dsl@demo.gatepost.test' });
    expect(dsl.status).toBe(400);
    expect(dsl.body.error.message).toMatch(/no role at this school that may draft/);
    const future = await school.as.head('POST', path, { email: newcomer, trainedAt: '2999-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.error.message).toMatch(/once it has happened/);
    for (const body of [{}, { email: newcomer, userId: newcomerId }, { email: 'not an email' }]) {
      const res = await school.as.head('POST', path, body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toMatch(/email/);
    }
  });

  it('still takes a userId as before', async () => {
    const res = await school.as.trustadmin('POST', path, { userId: school.userIds.staff });
    expect(res.status).toBe(201);
  });
});

describe('refusals say who may do it', () => {
  it('tells the officer only the headteacher or a trust admin decides who may post', async () => {
    const res = await school.as.officer('POST', path, { email: newcomer });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Only the headteacher or a trust admin can decide who may post to an account.',
    );
  });

  it('tells the headteacher only the ICT technician connects accounts', async () => {
    const res = await school.as.head('POST', `/api/accounts/${school.accountId}/credentials`, {
      credentials: { pageId: '1', pageAccessToken: 'x' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Only the ICT technician can connect accounts.');
  });
});
