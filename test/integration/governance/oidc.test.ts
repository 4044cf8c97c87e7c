// Signing in with the school's Microsoft 365 / Google Workspace, against a fake OpenID Connect
// provider on this machine: a browser's whole round trip (Gatepost → provider → Gatepost), with
// the cookies a browser would keep. Only people already in Gatepost get in; a forged or
// tampered answer from "the provider" gets nobody in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOidc, startFakeOidc } from '../../fakes/fake-oidc.ts';
import { request, startTestGatepost, type TestGatepost } from '../../support/gatepost.ts';

let provider: FakeOidc;
let gp: TestGatepost;

beforeAll(async () => {
  provider = await startFakeOidc({ email: 'staff@demo.gatepost.test', emailVerified: true });
  gp = await startTestGatepost({
    env: {
      GATEPOST_OIDC_ISSUER: provider.issuer,
      GATEPOST_OIDC_CLIENT_ID: provider.clientId,
      GATEPOST_OIDC_CLIENT_SECRET: provider.clientSecret,
      GATEPOST_OIDC_LABEL: 'Microsoft 365',
    },
  });
});
afterAll(async () => {
  await gp?.stop();
  await provider?.close();
});

/** A browser: keeps cookies per host, follows nothing by itself, asks for pages not JSON. */
function browser() {
  const jars = new Map<string, Map<string, string>>();
  return async (url: string, accept = 'text/html') => {
    const host = new URL(url).host;
    const jar = jars.get(host) ?? new Map<string, string>();
    jars.set(host, jar);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(url, { redirect: 'manual', headers: { accept, ...(cookie ? { cookie } : {}) } });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || !value) jar.delete(name);
      else jar.set(name, value);
    }
    return { res, location: res.headers.get('location') ?? '', jar };
  };
}

/**
 * Clicks "Sign in with Microsoft 365", lets the provider approve, and lands back on Gatepost —
 * after `alter` has had its way with the URL the provider sent the browser back to.
 */
async function signInThroughProvider(alter: (callback: URL) => void = () => {}, accept = 'text/html') {
  const visit = browser();
  const start = await visit(`${gp.url}/api/session/oidc/start`);
  expect(start.res.status).toBe(302);
  expect(start.location.startsWith(`${provider.issuer}/authorize?`)).toBe(true);
  const approved = await visit(start.location);
  expect(approved.res.status).toBe(302);
  const callback = new URL(approved.location);
  alter(callback);
  const back = await visit(callback.href, accept);
  const session = back.jar.get('gatepost_session');
  return { back, callback, session, visit };
}

const accountsWith = async (email: string) =>
  Number((await gp.db.sql('SELECT count(*) FROM "User" WHERE email = $1', [email])).rows[0].count);

describe('signing in with the school’s provider', () => {
  it('tells the dashboard the option is there, and what to call it', async () => {
    const res = await request(gp.url, 'GET', '/api/session/methods');
    expect(res.body).toEqual({
      password: true,
      oidc: { enabled: true, label: 'Microsoft 365', startUrl: '/api/session/oidc/start' },
    });
  });

  it('signs in a member of staff already in Gatepost, who then works as themselves', async () => {
    const start = await browser()(`${gp.url}/api/session/oidc/start`);
    const sent = new URL(start.location);
    expect(sent.searchParams.get('code_challenge_method')).toBe('S256');
    expect(sent.searchParams.get('state')).toBeTruthy();
    expect(sent.searchParams.get('nonce')).toBeTruthy();
    expect(start.res.headers.get('set-cookie')).toMatch(/gatepost_oidc=.*HttpOnly.*SameSite=Lax/i);

    const { back, session } = await signInThroughProvider();
    expect(back.res.status).toBe(302);
    expect(back.location).toBe('/');
    expect(back.res.headers.get('set-cookie')).toMatch(/gatepost_session=.*HttpOnly/i);
    expect(session).toBeTruthy();
    const me = await request(gp.url, 'GET', '/api/me', undefined, { cookie: `gatepost_session=${session}` });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('staff@demo.gatepost.test');
    expect(me.body.memberships.map((m: { role: string }) => m.role)).toEqual(['STAFF']);
    expect(provider.pkceRefusals).toBe(0);

    const audit = await gp.db.sql(
      `SELECT data FROM "AuditEvent" WHERE action = 'session.sign-in' AND "subjectId" = $1 AND data->>'method' = 'oidc'`,
      [me.body.id],
    );
    expect(audit.rows.length).toBeGreaterThanOrEqual(1);
    expect(audit.rows[0].data.issuer).toBe(provider.issuer);
  });

  it('does not let the same answer from the provider be used twice', async () => {
    const first = await signInThroughProvider();
    expect(first.back.location).toBe('/');
    const again = await first.visit(first.callback.href);
    expect(again.location).toBe('/?signin=failed&reason=expired');
  });
});

describe('refusing', () => {
  it('an email with no Gatepost account, creating nothing (people join by invitation)', async () => {
    provider.person = { email: 'stranger@demo.gatepost.test', emailVerified: true };
    try {
      const page = await signInThroughProvider();
      expect(page.back.location).toBe('/?signin=failed&reason=unknown-person');
      expect(page.session).toBeUndefined();
      // A script asking for JSON is told why, in the usual error shape.
      const api = await signInThroughProvider(() => {}, 'application/json');
      expect(api.back.res.status).toBe(403);
      const body = await api.back.res.json();
      expect(body.error.code).toBe('forbidden');
      expect(body.error.message).toMatch(/stranger@demo\.gatepost\.test has no Gatepost account.*invitation/);
      expect(api.session).toBeUndefined();
      expect(await accountsWith('stranger@demo.gatepost.test')).toBe(0);
    } finally {
      provider.person = { email: 'staff@demo.gatepost.test', emailVerified: true };
    }
  });

  it('an email the provider has not verified, even of a real member of staff', async () => {
    provider.person = { email: 'staff@demo.gatepost.test', emailVerified: false };
    try {
      const { back, session } = await signInThroughProvider();
      expect(back.location).toBe('/?signin=failed&reason=email-unverified');
      expect(session).toBeUndefined();
    } finally {
      provider.person = { email: 'staff@demo.gatepost.test', emailVerified: true };
    }
  });

  it('a tampered state', async () => {
    const { back, session } = await signInThroughProvider((callback) =>
      callback.searchParams.set('state', `${callback.searchParams.get('state')}x`),
    );
    expect(back.location).toBe('/?signin=failed&reason=invalid-response');
    expect(session).toBeUndefined();
  });

  it.each(['wrong-nonce', 'bad-signature'] as const)('an ID token with a %s', async (fault) => {
    provider.faults.push(fault);
    const { back, session } = await signInThroughProvider();
    expect(provider.faults).toEqual([]);
    expect(back.location).toBe('/?signin=failed&reason=invalid-response');
    expect(session).toBeUndefined();
  });

  it('a callback from a browser that never started signing in', async () => {
    const stranger = await request(gp.url, 'GET', '/api/session/oidc/callback?code=abc&state=def');
    expect(stranger.status).toBe(401);
    expect(stranger.body.error.message).toMatch(/unknown or has expired/);
  });
});

describe('without the OIDC settings', () => {
  it('answers both routes with 404 and says what to set, and the dashboard offers passwords only', async () => {
    const plain = await startTestGatepost();
    try {
      for (const path of ['/api/session/oidc/start', '/api/session/oidc/callback?code=a&state=b']) {
        const res = await request(plain.url, 'GET', path);
        expect(res.status).toBe(404);
        expect(res.body.error.message).toMatch(/GATEPOST_OIDC_ISSUER/);
      }
      expect((await request(plain.url, 'GET', '/api/session/methods')).body).toEqual({
        password: true,
        oidc: { enabled: false },
      });
    } finally {
      await plain.stop();
    }
  });
});
