// Bad input gets a clear 4xx in the one error shape, never a 500, and saves nothing half-way.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { request } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';

const { gp, staff, officer } = signedInGatepost({ role: 'api', as: ['staff', 'officer'] });

const draftCount = async () => Number((await gp.db.sql('SELECT count(*) FROM "Draft"')).rows[0].count);

function expectClearError(res: { status: number; body: any }, status: number, code?: string) {
  expect(res.status).toBe(status);
  expect(res.body.error.message).toEqual(expect.any(String));
  expect(res.body.error.message.length).toBeGreaterThan(5);
  if (code) expect(res.body.error.code).toBe(code);
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
}

describe('creating a draft with bad input', () => {
  it.each([
    ['malformed JSON', '{"accountIds": [', 400, 'bad_request'],
    ['no body fields', {}, 400, 'validation_failed'],
    ['an unknown field', { accountIds: ['ACCOUNT'], text: 'Hello', colour: 'red' }, 400, 'validation_failed'],
    ['empty text', { accountIds: ['ACCOUNT'], text: '   ' }, 400, 'validation_failed'],
    ['oversized text', { accountIds: ['ACCOUNT'], text: 'x'.repeat(100_000) }, 400, 'validation_failed'],
    [
      'a NUL character, which PostgreSQL cannot store',
      { accountIds: ['ACCOUNT'], text: 'Hello\u0000there' },
      400,
      'validation_failed',
    ],
    [
      'an account that does not exist',
      { accountIds: [randomUUID()], text: 'Hello' },
      400,
      'validation_failed',
    ],
    ['an account id that is not an id', { accountIds: ['nope'], text: 'Hello' }, 400, 'validation_failed'],
    [
      'a schedule in the past',
      { accountIds: ['ACCOUNT'], text: 'Hello', scheduledAt: '2020-01-01T09:00:00Z' },
      400,
      'validation_failed',
    ],
    [
      'a schedule without a time zone',
      { accountIds: ['ACCOUNT'], text: 'Hello', scheduledAt: '2030-01-01 09:00' },
      400,
      'validation_failed',
    ],
  ])('%s is refused, nothing saved', async (_what, body, status, code) => {
    const before = await draftCount();
    const payload =
      typeof body === 'string'
        ? body
        : JSON.parse(JSON.stringify(body).replaceAll('ACCOUNT', gp.seeded.accountId));
    const res =
      typeof body === 'string'
        ? await request(gp.url, 'POST', '/api/drafts', payload, {
            'content-type': 'application/json',
            cookie: await cookieOf('staff'),
            origin: new URL(gp.url).origin,
          })
        : await staff('POST', '/api/drafts', payload);
    expectClearError(res, status, code);
    expect(await draftCount()).toBe(before);
  });

  it('names the unknown field and the problem with the text', async () => {
    const res = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: '',
      colour: 'red',
    });
    expect(res.body.error.message).toMatch(/colour/);
    expect(res.body.error.message).toMatch(/text/);
  });
});

describe('wrong ids and wrong moves', () => {
  it('answers 404 for ids that are not ids or do not exist', async () => {
    expectClearError(await staff('GET', '/api/drafts/not-an-id'), 404, 'not_found');
    expectClearError(await staff('GET', `/api/drafts/${randomUUID()}`), 404, 'not_found');
    expectClearError(await staff('POST', `/api/drafts/${randomUUID()}/submit`), 404, 'not_found');
    expectClearError(await staff('GET', '/api/no-such-thing'), 404, 'not_found');
  });

  it('refuses transitions the draft’s state does not allow, leaving it as it was', async () => {
    const { body } = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Book fair on Friday.',
    });
    expectClearError(
      await officer('POST', `/api/drafts/${body.id}/approve`, { contentHash: body.contentHash }),
      409,
      'invalid_state',
    );
    expectClearError(
      await officer('POST', `/api/drafts/${body.id}/return`, { reason: 'Please add the time.' }),
      409,
      'invalid_state',
    );
    expectClearError(await officer('POST', `/api/drafts/${body.id}/reject`, {}), 400, 'validation_failed');
    expect((await staff('DELETE', `/api/drafts/${body.id}`)).body.state).toBe('WITHDRAWN');
    expectClearError(await staff('POST', `/api/drafts/${body.id}/submit`), 409, 'invalid_state');
    expectClearError(
      await staff('PATCH', `/api/drafts/${body.id}`, { text: 'Changed' }),
      409,
      'invalid_state',
    );
    expect((await staff('GET', `/api/drafts/${body.id}`)).body).toMatchObject({
      state: 'WITHDRAWN',
      text: 'Book fair on Friday.',
    });
  });
});

describe('sessions and CSRF', () => {
  it('refuses a wrong password, a missing session, and a cookie request from another origin', async () => {
    const wrong = await request(gp.url, 'POST', '/api/session', {
      email: 'staff@demo.gatepost.test',
      password: 'nope',
    });
    expectClearError(wrong, 401, 'unauthenticated');
    expectClearError(await request(gp.url, 'GET', '/api/drafts'), 401, 'unauthenticated');
    const cookie = await cookieOf('staff');
    const forged = await request(
      gp.url,
      'POST',
      '/api/drafts',
      { accountIds: [gp.seeded.accountId], text: 'x' },
      { cookie, origin: 'https://evil.example' },
    );
    expectClearError(forged, 403, 'csrf_failed');
    const login = await request(gp.url, 'POST', '/api/session', {
      email: 'staff@demo.gatepost.test',
      password: 'test-Passw0rd!',
    });
    expect(login.headers.getSetCookie()[0]).toMatch(/HttpOnly/i);
    expect(login.headers.getSetCookie()[0]).toMatch(/SameSite=Lax/i);
  });
});

async function cookieOf(who: string) {
  const res = await request(gp.url, 'POST', '/api/session', {
    email: `${who}@demo.gatepost.test`,
    password: 'test-Passw0rd!',
  });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
