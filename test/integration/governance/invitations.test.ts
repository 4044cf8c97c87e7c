// People join by emailed invitation and recover a forgotten password by emailed link: single
// use, expiring, stored hashed, audited, with the mail read where a person would find it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutbox } from '../../../services/adapters/mail/mailer.ts';
import { type FakeSmtp, startFakeSmtp } from '../../fakes/fake-smtp.ts';
import { request, startTestGatepost, type TestGatepost } from '../../support/gatepost.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';
import { anonymous, signIn } from '../../support/schools.ts';

const { gp, db, school } = gatepostWithSchools();

/** The secret from the link in the newest mail to `to`. */
async function linkTo(to: string): Promise<string> {
  const mail = (await readOutbox(`/tmp/${gp.prefix}`)).find((m) => m.to === to);
  const token = mail?.text.match(/#token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no link mailed to ${to}`);
  return token;
}

const actionsOn = async (subjectId: string) =>
  (await school.as.head('GET', `/api/audit?subjectId=${subjectId}`)).body.map(
    (e: { action: string }) => e.action,
  );

describe('invitations', () => {
  it('the headteacher invites by email; the mail shows in their outbox, not a colleague’s', async () => {
    const res = await school.as.head('POST', '/api/invitations', {
      email: 'New.Officer@demo.gatepost.test',
      role: 'MARKETING_OFFICER',
      schoolId: school.schoolId,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'new.officer@demo.gatepost.test',
      role: 'MARKETING_OFFICER',
      sentBy: 'outbox',
    });
    const outbox = await school.as.head('GET', '/api/outbox');
    const mail = outbox.body.find((m: { to: string }) => m.to === 'new.officer@demo.gatepost.test');
    expect(mail.subject).toMatch(/invited to Gatepost at/);
    expect(mail.text).toMatch(/as the marketing officer./);
    expect((await school.as.officer('GET', '/api/outbox')).body).toEqual([]);
    expect(await actionsOn(res.body.id)).toEqual(['invitation.sent']);
  });

  it('only the headteacher or trust admin invites, and only the trust admin invites a trust admin', async () => {
    const body = { email: 'someone@demo.gatepost.test', role: 'STAFF', schoolId: school.schoolId };
    expect((await school.as.officer('POST', '/api/invitations', body)).status).toBe(403);
    const trustAdmin = { ...body, role: 'TRUST_ADMIN' };
    const byHead = await school.as.head('POST', '/api/invitations', trustAdmin);
    expect(byHead.status).toBe(403);
    expect(byHead.body.error.message).toBe('Only a trust admin may invite another trust admin.');
    expect((await school.as.trustadmin('POST', '/api/invitations', trustAdmin)).status).toBe(201);
    const again = await school.as.head('POST', '/api/invitations', {
      ...body,
      email: 'officer@demo.gatepost.test',
      role: 'MARKETING_OFFICER',
    });
    expect(again.status).toBe(409);
  });

  it('accepting sets a password kindly checked, signs in once, and the link works only once', async () => {
    const email = 'new.teacher@demo.gatepost.test';
    await school.as.head('POST', '/api/invitations', { email, role: 'STAFF', schoolId: school.schoolId });
    const token = await linkTo(email);
    const visitor = anonymous(gp);
    const weak = await visitor('POST', '/api/invitations/accept', {
      token,
      password: 'short',
      name: 'Sam Teacher',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.message).toMatch(/at least 10 characters; three random words/);

    const accepted = await visitor('POST', '/api/invitations/accept', {
      token,
      password: 'kettle orbit marmalade',
      name: 'Sam Teacher',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.memberships).toEqual([
      expect.objectContaining({ schoolId: school.schoolId, role: 'STAFF' }),
    ]);
    const cookie = accepted.headers.getSetCookie()[0]!.split(';')[0]!;
    expect((await request(gp.url, 'GET', '/api/me', undefined, { cookie })).body.email).toBe(email);
    expect((await signIn(gp, email, 'kettle orbit marmalade'))('GET', '/api/me')).toBeTruthy();

    const replay = await visitor('POST', '/api/invitations/accept', {
      token,
      password: 'another long phrase',
      name: 'Mallory',
    });
    expect(replay.status).toBe(400);
    expect(replay.body.error.message).toBe('This invitation link has already been used. Ask for a new one.');
    const link = await db.prisma.emailLink.findFirstOrThrow({ where: { email } });
    expect(link.tokenHash).not.toContain(token);
    expect(await actionsOn(link.id)).toEqual(['invitation.accepted', 'invitation.sent']);
  });

  it('someone already on Gatepost accepts with their current password and gains the role', async () => {
    await school.as.head('POST', '/api/invitations', {
      email: 'staff@demo.gatepost.test',
      role: 'ICT_TECHNICIAN',
      schoolId: school.schoolId,
    });
    const token = await linkTo('staff@demo.gatepost.test');
    const body = { token, name: 'Ignored' };
    const wrong = await anonymous(gp)('POST', '/api/invitations/accept', {
      ...body,
      password: 'not my password',
    });
    expect(wrong.status).toBe(401);
    const ok = await anonymous(gp)('POST', '/api/invitations/accept', {
      ...body,
      password: 'test-Passw0rd!',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.memberships.map((m: { role: string }) => m.role).sort()).toEqual([
      'ICT_TECHNICIAN',
      'STAFF',
    ]);
  });

  it('an expired invitation says so', async () => {
    const email = 'late@demo.gatepost.test';
    await school.as.head('POST', '/api/invitations', { email, role: 'DSL', schoolId: school.schoolId });
    const token = await linkTo(email);
    await db.prisma.emailLink.updateMany({
      where: { email },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await anonymous(gp)('POST', '/api/invitations/accept', {
      token,
      password: 'kettle orbit marmalade',
      name: 'Late',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('This invitation link has expired. Ask for a new one.');
  });
});

describe('password reset', () => {
  it('answers the same for known and unknown addresses, mailing only a real one', async () => {
    const known = await anonymous(gp)('POST', '/api/password-reset', { email: 'dsl@demo.gatepost.test' });
    const unknown = await anonymous(gp)('POST', '/api/password-reset', {
      email: 'nobody@demo.gatepost.test',
    });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    const mailed = (await readOutbox(`/tmp/${gp.prefix}`)).map((m) => m.to);
    expect(mailed).toContain('dsl@demo.gatepost.test');
    expect(mailed).not.toContain('nobody@demo.gatepost.test');
  });

  it('a new password from the link ends every session; the old password stops working', async () => {
    const email = 'dsl@demo.gatepost.test';
    const before = await signIn(gp, email);
    await anonymous(gp)('POST', '/api/password-reset', { email });
    const token = await linkTo(email);
    const weak = await anonymous(gp)('POST', '/api/password-reset/complete', {
      token,
      password: 'password123',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.message).toMatch(/first that attackers try/);
    const done = await anonymous(gp)('POST', '/api/password-reset/complete', {
      token,
      password: 'lantern pebble harbour',
    });
    expect(done.status).toBe(200);
    expect(done.body.message).toMatch(/signed out everywhere/);
    expect((await before('GET', '/api/me')).status).toBe(401);
    expect((await anonymous(gp)('POST', '/api/session', { email, password: 'test-Passw0rd!' })).status).toBe(
      401,
    );
    expect((await (await signIn(gp, email, 'lantern pebble harbour'))('GET', '/api/me')).status).toBe(200);
    const again = await anonymous(gp)('POST', '/api/password-reset/complete', {
      token,
      password: 'another fine phrase',
    });
    expect(again.body.error.message).toBe(
      'This password reset link has already been used. Ask for a new one.',
    );
    const actions = (await school.as.head('GET', `/api/audit?subjectId=${school.userIds.dsl}`)).body.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['password.reset-requested', 'password.reset']));
  });
});

describe('with an SMTP server configured', () => {
  let smtp: FakeSmtp;
  let withSmtp: TestGatepost;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
    withSmtp = await startTestGatepost({ env: { GATEPOST_SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await withSmtp?.stop();
    await smtp?.close();
  });

  it('sends invitations by SMTP and has no outbox', async () => {
    const head = await withSmtp.login('head');
    expect((await head('GET', '/api/outbox')).status).toBe(404);
    const res = await head('POST', '/api/invitations', {
      email: 'by.smtp@demo.gatepost.test',
      role: 'STAFF',
      schoolId: withSmtp.seeded.schoolId,
    });
    expect(res.status).toBe(201);
    expect(res.body.sentBy).toBe('smtp');
    expect(smtp.received.map((m) => m.to)).toEqual([['by.smtp@demo.gatepost.test']]);
    expect(smtp.received[0]!.data).toMatch(/accept-invitation#token=/);
  });
});
