// What a browser and an attacker see of Gatepost: a strict CSP the dashboard keeps to, session
// cookie flags, the same-origin rule for cookie-borne changes, the sign-in lockout per network
// address, and uploads only ever sent back as freshly encoded JPEGs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt } from '../../e2e/support/dashboard-build.ts';
import { PASSWORD, request } from '../../support/gatepost.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';
import { photoJpeg } from '../../unit/media/hostile-inputs.ts';

beforeAll(ensureDashboardBuilt);
const { gp, staff, officer } = signedInGatepost({ as: ['staff', 'officer'] });

const draftCount = async () => Number((await gp.db.sql('SELECT count(*) FROM "Draft"')).rows[0].count);

function directives(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe('security headers', () => {
  it.each(['/', '/drafts/new', '/api/me'])(
    '%s carries a strict CSP and the other helmet headers',
    async (at) => {
      const res = await fetch(`${gp.url}${at}`);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('default-src')).toEqual(["'none'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('style-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'none'"]);
      expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-|\*|data:|https:/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    },
  );

  it('serves a dashboard that needs nothing the CSP forbids: no inline script or style', async () => {
    const html = await (await fetch(gp.url)).text();
    expect(html).toContain('<div id="root">');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    const built = readFileSync(
      path.resolve(import.meta.dirname, '../../../services/dashboard/dist/index.html'),
      'utf8',
    );
    expect(built).toBe(html);
  });
});

describe('the session cookie', () => {
  it('is httpOnly, SameSite=Lax, whole-site, and Secure when reached over HTTPS', async () => {
    const plain = await request(gp.url, 'POST', '/api/session', {
      email: 'head@demo.gatepost.test',
      password: PASSWORD,
    });
    const cookie = plain.headers.get('set-cookie')!;
    expect(cookie).toMatch(/gatepost_session=[^;]{20,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//);
    // Behind the school's TLS proxy (trusted on loopback) the cookie is never sent in clear.
    const proxied = await request(
      gp.url,
      'POST',
      '/api/session',
      { email: 'head@demo.gatepost.test', password: PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(proxied.headers.get('set-cookie')).toMatch(/; Secure/i);
  });
});

describe('cross-site request forgery', () => {
  const cookieOf = async (who: string) => {
    const res = await request(gp.url, 'POST', '/api/session', {
      email: `${who}@demo.gatepost.test`,
      password: PASSWORD,
    });
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };

  it.each([
    ['no Origin header', undefined],
    ['another site', 'https://evil.example'],
    ['a look-alike of our host', 'http://localhost.evil.example'],
    ['an opaque origin (sandboxed frame)', 'null'],
  ])('a cookie-borne change from %s is refused with 403 and saves nothing', async (_what, origin) => {
    const cookie = await cookieOf('staff');
    const before = await draftCount();
    const res = await request(
      gp.url,
      'POST',
      '/api/drafts',
      { accountIds: [gp.seeded.accountId], text: 'Forged post' },
      { cookie, ...(origin ? { origin } : {}) },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
    expect(await draftCount()).toBe(before);
  });

  it('lets the dashboard’s own pages, reads, and API-token scripts through', async () => {
    const cookie = await cookieOf('staff');
    const own = await request(
      gp.url,
      'POST',
      '/api/drafts',
      { accountIds: [gp.seeded.accountId], text: 'Sports day is on Friday.' },
      { cookie, origin: new URL(gp.url).origin },
    );
    expect(own.status).toBe(201);
    expect((await request(gp.url, 'GET', '/api/drafts', undefined, { cookie })).status).toBe(200);
    const token = await staff('POST', '/api/tokens', { name: 'newsletter script' });
    const viaToken = await request(
      gp.url,
      'POST',
      '/api/drafts',
      { accountIds: [gp.seeded.accountId], text: 'Book fair after school.' },
      { authorization: `Bearer ${token.body.token}` },
    );
    expect(viaToken.status).toBe(201);
  });
});

describe('sign-in lockout per network address', () => {
  it('locks an address that guesses across many emails, but not the school next door', async () => {
    const signInFrom = (address: string, email: string, password: string) =>
      request(gp.url, 'POST', '/api/session', { email, password }, { 'x-forwarded-for': address });
    for (let i = 0; i < 30; i++) {
      const res = await signInFrom('203.0.113.7', `guess-${i}@demo.gatepost.test`, 'Winter2025!');
      expect(res.status).toBe(401);
    }
    const locked = await signInFrom('203.0.113.7', 'officer@demo.gatepost.test', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_requests');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const elsewhere = await signInFrom('198.51.100.20', 'officer@demo.gatepost.test', PASSWORD);
    expect(elsewhere.status).toBe(200);
  });
});

describe('uploaded files', () => {
  it('are never sent back in the type they arrived in: a JPEG/HTML polyglot comes back as a clean JPEG', async () => {
    const payload = '<html><script>fetch("/api/tokens",{method:"POST"})</script></html>';
    const polyglot = Buffer.concat([await photoJpeg(), Buffer.from(payload)]);
    const { body: draft } = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Our new library corner.',
    });
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(polyglot)], { type: 'text/html' }), 'page.html');
    form.set('altText', 'Bookshelves in the library corner');
    const uploaded = await staff('POST', `/api/drafts/${draft.id}/media`, form);
    expect(uploaded.status).toBe(201);
    const mediaId = uploaded.body.id as string;

    const original = await officer('GET', `/api/media/${mediaId}/original`);
    for (let i = 0; i < 300 && (await staff('GET', `/api/media/${mediaId}/processed`)).status !== 200; i++)
      await new Promise((r) => setTimeout(r, 200));
    const processed = await staff('GET', `/api/media/${mediaId}/processed`);
    for (const res of [original, processed]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      expect(bytes.includes(Buffer.from('<script'))).toBe(false);
    }
  });
});
