// Sign-in security a teacher would notice: lockout after repeated failures with when to try
// again, sessions that end, signing out everywhere, and personal API tokens for scripts.
import { describe, expect, it } from 'vitest';
import { request } from '../../support/gatepost.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';
import { anonymous, signIn } from '../../support/schools.ts';

const { gp, school } = gatepostWithSchools();

const attempt = (email: string, password: string) =>
  anonymous(gp)('POST', '/api/session', { email, password });

describe('signing in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie, and records the sign-in', async () => {
    const res = await attempt('ict@demo.gatepost.test', 'test-Passw0rd!');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/gatepost_session=.*HttpOnly.*SameSite=Lax/i);
    const audit = await school.as.head(
      'GET',
      `/api/audit?subjectId=${school.userIds.ict}&action=session.sign-in`,
    );
    expect(audit.body.length).toBeGreaterThanOrEqual(1);
  });

  it('locks an email after 5 failures, even for the right password, saying when to try again', async () => {
    for (let i = 0; i < 5; i++)
      expect((await attempt('dsl@demo.gatepost.test', `wrong-${i}`)).status).toBe(401);
    const locked = await attempt('dsl@demo.gatepost.test', 'test-Passw0rd!');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_requests');
    // The UK clock, not UTC: what the school's wall clock will say.
    const ukClock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      minute: '2-digit',
    });
    const after = Date.now() + 15 * 60_000;
    const clocks = [after - 60_000, after, after + 60_000].map((t) => ukClock.format(t));
    const said = /Try again in 15 minutes \(after (\d\d:\d\d) UK time\)/.exec(locked.body.error.message);
    expect(clocks).toContain(said?.[1]);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    // Only that email: a colleague at the same computer still signs in.
    expect((await attempt('officer@demo.gatepost.test', 'test-Passw0rd!')).status).toBe(200);
  });

  it('ends a session at its expiry time', async () => {
    const client = await signIn(gp, 'ict@demo.gatepost.test');
    expect((await client('GET', '/api/me')).status).toBe(200);
    await gp.db.sql(`UPDATE "Session" SET "expiresAt" = now() - interval '1 minute' WHERE "userId" = $1`, [
      school.userIds.ict,
    ]);
    const after = await client('GET', '/api/me');
    expect(after.status).toBe(401);
  });

  it('refuses a cookie-borne change that does not come from Gatepost’s own pages', async () => {
    const res = await request(
      gp.url,
      'POST',
      '/api/tokens',
      { name: 'x' },
      { cookie: school.as.head.cookie },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });
});

describe('signing out everywhere', () => {
  it('ends every session of the person, but not their API tokens', async () => {
    const laptop = await signIn(gp, 'trustadmin@demo.gatepost.test');
    const phone = await signIn(gp, 'trustadmin@demo.gatepost.test');
    const token = (await laptop('POST', '/api/tokens', { name: 'report script' })).body.token as string;
    expect((await phone('DELETE', '/api/sessions')).status).toBe(204);
    expect((await laptop('GET', '/api/me')).status).toBe(401);
    expect((await phone('GET', '/api/me')).status).toBe(401);
    const byToken = await request(gp.url, 'GET', '/api/me', undefined, { authorization: `Bearer ${token}` });
    expect(byToken.status).toBe(200);
    expect((await school.as.head('GET', '/api/me')).status).toBe(200);
  });
});

describe('personal API tokens', () => {
  it('are shown once, listed without the secret, work without a cookie, and stop when revoked', async () => {
    const created = await school.as.officer('POST', '/api/tokens', { name: 'weekly export' });
    expect(created.status).toBe(201);
    const { token, id } = created.body as { token: string; id: string };
    expect(token).toMatch(/^gp_/);
    const listed = await school.as.officer('GET', '/api/tokens');
    expect(listed.body.find((t: { id: string }) => t.id === id)).toEqual({
      id,
      name: 'weekly export',
      createdAt: expect.any(String),
      revokedAt: null,
    });
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    const draft = await request(
      gp.url,
      'POST',
      '/api/drafts',
      { accountIds: [school.accountId], text: 'Open morning on Saturday.' },
      bearer,
    );
    expect(draft.status).toBe(201);

    expect((await school.as.staff('DELETE', `/api/tokens/${id}`)).status).toBe(404);
    expect((await school.as.officer('DELETE', `/api/tokens/${id}`)).status).toBe(200);
    const after = await request(gp.url, 'GET', '/api/me', undefined, bearer);
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/revoked/);
    const audit = await school.as.head('GET', `/api/audit?subjectId=${school.userIds.officer}`);
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['token.create', 'token.revoke']),
    );
  });

  it('need a name', async () => {
    const res = await school.as.officer('POST', '/api/tokens', { name: ' ' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Name the token/);
  });
});
