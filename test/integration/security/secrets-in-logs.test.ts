// Passwords, session cookies, API tokens, platform credentials and the sealing key never reach
// the logs. A whole Gatepost (API + workers) runs in its own process at LOG_LEVEL=trace with
// every byte of its log captured; flows that handle each secret — including failures, whose
// error objects are the usual leak — run through it, then the log is searched for each one.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeX, startFakeX } from '../../fakes/fake-x.ts';
import {
  type Api,
  approve,
  PASSWORD,
  request,
  startTestGatepost,
  type TestGatepost,
} from '../../support/gatepost.ts';
import { connectedXAccount, fakeXEnv } from '../../support/x-account.ts';

const bin = path.resolve(import.meta.dirname, '../../../bin/gatepost.mjs');
const logFile = `/tmp/gatepost-trace-${randomBytes(4).toString('hex')}.log`;
const X_CLIENT_SECRET = `xcs-${randomBytes(12).toString('hex')}`;
const WRONG_PASSWORD = `Wrong-${randomBytes(6).toString('hex')}!`;

let fake: FakeX;
let gp: TestGatepost;
let child: ChildProcess;
let url = '';
const secrets = new Map<string, string>();

beforeAll(async () => {
  fake = await startFakeX();
  const xEnv = fakeXEnv(fake);
  gp = await startTestGatepost({ role: 'api', sweepMs: 500, env: xEnv });
  child = spawn(process.execPath, [bin, 'start'], {
    env: {
      ...process.env,
      ...gp.env,
      ROLE: 'all',
      PORT: '0',
      LOG_LEVEL: 'trace',
      GATEPOST_X_CLIENT_ID: 'gatepost-client',
      GATEPOST_X_CLIENT_SECRET: X_CLIENT_SECRET,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const capture = (chunk: Buffer) => {
      appendFileSync(logFile, chunk);
      seen += chunk.toString();
      const found = seen.match(/Gatepost is running: open (http:\/\/\S+)/);
      if (found) resolve(found[1]!.replace('localhost:0', 'localhost'));
    };
    child.stdout!.on('data', capture);
    child.stderr!.on('data', capture);
    child.once('exit', (code) => reject(new Error(`gatepost exited with ${code}: ${seen.slice(-500)}`)));
  });
  secrets.set('demo password', PASSWORD);
  secrets.set('mistyped password', WRONG_PASSWORD);
  secrets.set('sealing key', gp.env.GATEPOST_SECRET_KEY!);
  secrets.set('X client secret', X_CLIENT_SECRET);
  for (const [name, value] of Object.entries(fake.keys.oauth1)) secrets.set(`X ${name}`, value);
  secrets.set('X bearer', fake.keys.bearer);
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  await gp?.stop();
  await fake?.close();
  rmSync(logFile, { force: true });
});

async function signIn(who: string, password = PASSWORD): Promise<{ api: Api; status: number }> {
  const res = await request(url, 'POST', '/api/session', { email: `${who}@demo.gatepost.test`, password });
  const cookie = (res.headers.getSetCookie()[0] ?? '').split(';')[0]!;
  if (cookie) secrets.set(`${who}'s session cookie`, cookie.split('=')[1]!);
  const api: Api = (method, p, body) =>
    request(url, method, p, body, { cookie, origin: new URL(url).origin });
  return { api, status: res.status };
}

async function published(api: Api, id: string) {
  for (let i = 0; i < 600; i++) {
    const { body } = await api('GET', `/api/drafts/${id}`);
    if (['PUBLISHED', 'FAILED'].includes(body.state)) return body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('never published');
}

describe('logs at trace level', () => {
  it('hold no password, cookie, token, platform credential or key after flows that use them all', async () => {
    expect((await signIn('staff', WRONG_PASSWORD)).status).toBe(401);
    const staff = (await signIn('staff')).api;
    const officer = (await signIn('officer')).api;
    const ict = (await signIn('ict')).api;

    // A personal API token: made, used, revoked, then used again (an error path).
    const token = await staff('POST', '/api/tokens', { name: 'newsletter' });
    secrets.set('API token', token.body.token);
    const bearer = { authorization: `Bearer ${token.body.token}` };
    expect((await request(url, 'GET', '/api/me', undefined, bearer)).status).toBe(200);
    await staff('DELETE', `/api/tokens/${token.body.id}`);
    expect((await request(url, 'GET', '/api/me', undefined, bearer)).status).toBe(401);

    // Platform credentials: malformed, wrong, then right (checked with X, then sealed).
    const xAccount = await connectedXAccount({ ...gp, url } as TestGatepost, fake, ict);
    const wrong = { kind: 'oauth1', ...fake.keys.oauth1, accessSecret: `${fake.keys.oauth1.accessSecret}x` };
    expect((await ict('POST', `/api/accounts/${xAccount}/credentials`, { credentials: wrong })).status).toBe(
      400,
    );
    const partial = {
      kind: 'oauth1',
      appKey: fake.keys.oauth1.appKey,
      appSecret: fake.keys.oauth1.appSecret,
    };
    expect(
      (await ict('POST', `/api/accounts/${xAccount}/credentials`, { credentials: partial })).status,
    ).toBe(400);

    // A post published with those credentials, through one X outage (retried) on the way.
    fake.faults.inject('POST /2/tweets', { kind: 'server_error' });
    const { body: draft } = await staff('POST', '/api/drafts', {
      accountIds: [xAccount],
      text: 'Our Year 5 choir sings at the town hall on Saturday.',
    });
    await staff('POST', `/api/drafts/${draft.id}/submit`);
    let ready = (await staff('GET', `/api/drafts/${draft.id}`)).body;
    for (let i = 0; i < 300 && ready.state !== 'AWAITING_APPROVAL'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      ready = (await staff('GET', `/api/drafts/${draft.id}`)).body;
    }
    expect((await approve(officer, ready)).status).toBe(200);
    expect((await published(staff, draft.id)).state).toBe('PUBLISHED');
    await staff('DELETE', '/api/session');

    const log = readFileSync(logFile, 'utf8');
    // The capture is real: structured lines from the process, including the retried X outage.
    expect(log).toMatch(/"level":(30|40|50)/);
    expect(log).toMatch(/publish/);
    const leaks = [...secrets].filter(([, value]) =>
      [value, encodeURIComponent(value), Buffer.from(value).toString('base64')].some((form) =>
        log.includes(form),
      ),
    );
    expect(leaks.map(([name]) => name)).toEqual([]);
  });
});
