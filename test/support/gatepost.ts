// Starts the whole product (API + workers) on real PostgreSQL and Redis for one test file,
// with the demo data seeded, and gives signed-in HTTP clients for each demo role.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RosterPupil } from '../../policies/types.ts';
import { parseConfig } from '../../services/config.ts';
import { seedDemo } from '../../services/demo/seed-demo.ts';
import { startGatepost } from '../../services/main.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export const REDIS_URL = process.env.GATEPOST_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const PASSWORD = 'test-Passw0rd!';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export type Api = <T = any>(method: string, path: string, body?: unknown) => Promise<ApiResponse<T>>;

export interface TestGatepost {
  url: string;
  /** The instance's GATEPOST_SECRET_KEY, e.g. to sign a public media link. */
  secretKey: Buffer;
  /** Environment for a separate `gatepost start` process on the same database and queues. */
  env: Record<string, string>;
  db: TestDatabase;
  prefix: string;
  seeded: Awaited<ReturnType<typeof seedDemo>>;
  login(who: string): Promise<Api>;
  /** Deletes every Redis key of this instance's queues (simulates losing Redis). */
  flushQueues(): Promise<number>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function request(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  // FormData (file uploads) sets its own multipart content type; anything else goes as JSON.
  const form = body instanceof FormData;
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body === undefined || form ? {} : { 'content-type': 'application/json' }), ...headers },
    body:
      body === undefined || form
        ? (body as FormData | undefined)
        : typeof body === 'string'
          ? body
          : JSON.stringify(body),
  });
  if (/^(image\/|application\/pdf)/.test(res.headers.get('content-type') ?? '')) {
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) as any, headers: res.headers };
  }
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, body: parsed as any, headers: res.headers };
}

export interface TestOptions {
  roster?: RosterPupil[];
  sweepMs?: number;
  /** 'api' runs no workers in this process, so a test can run them in a child process. */
  role?: 'all' | 'api';
  /** More settings, e.g. where the fake platforms listen; also passed to worker processes. */
  env?: Record<string, string>;
}

export async function startTestGatepost(options: TestOptions = {}): Promise<TestGatepost> {
  const db = await createTestDatabase();
  const prefix = `gptest-${randomBytes(4).toString('hex')}`;
  const secretKey = randomBytes(32).toString('base64');
  const config = parseConfig({
    DATABASE_URL: db.url,
    REDIS_URL,
    GATEPOST_SECRET_KEY: secretKey,
    PORT: '0',
    GATEPOST_QUEUE_PREFIX: prefix,
    GATEPOST_DATA_DIR: `/tmp/${prefix}`,
    GATEPOST_SWEEP_INTERVAL_MS: String(options.sweepMs ?? 1000),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ROLE: options.role ?? 'all',
    ...options.env,
  });
  let seeded!: Awaited<ReturnType<typeof seedDemo>>;
  let running = await startGatepost(config, async ({ services }) => {
    seeded = await seedDemo(services.db, {
      password: PASSWORD,
      ...(options.roster ? { roster: options.roster } : {}),
    });
  });
  const instance: TestGatepost = {
    get url() {
      return running.url;
    },
    db,
    prefix,
    seeded,
    secretKey: Buffer.from(secretKey, 'base64'),
    env: {
      DATABASE_URL: db.url,
      REDIS_URL,
      GATEPOST_SECRET_KEY: secretKey,
      GATEPOST_QUEUE_PREFIX: prefix,
      GATEPOST_DATA_DIR: `/tmp/${prefix}`,
      GATEPOST_SWEEP_INTERVAL_MS: String(options.sweepMs ?? 1000),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    async login(who) {
      const base = running.url;
      const res = await request(base, 'POST', '/api/session', {
        email: `${who}@demo.gatepost.test`,
        password: PASSWORD,
      });
      if (res.status !== 200) throw new Error(`login ${who}: ${res.status} ${JSON.stringify(res.body)}`);
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      return (method, path, body) =>
        request(running.url, method, path, body, { cookie, origin: new URL(running.url).origin });
    },
    async flushQueues() {
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`{${prefix}}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      return keys.length;
    },
    async restart() {
      const port = new URL(running.url).port;
      await running.stop();
      running = await startGatepost({ ...config, PORT: Number(port) });
    },
    async stop() {
      await running.stop();
      await instance.flushQueues();
      await db.drop();
    },
  };
  return instance;
}

/** Polls a draft until it reaches one of `states`; fails with what it was stuck in. */
export async function waitForState(api: Api, id: string, states: string[], ms = 20_000) {
  const until = Date.now() + ms;
  let last: ApiResponse | undefined;
  while (Date.now() < until) {
    last = await api('GET', `/api/drafts/${id}`);
    if (states.includes(last.body?.state)) return last.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`draft ${id} stuck in ${last?.body?.state ?? last?.status}, wanted ${states.join('|')}`);
}

/** The officer's approval of exactly this version, acknowledging each of its warnings. */
export function approve(
  officer: Api,
  draft: { id: string; contentHash: string; findings: { ruleId: string }[] },
) {
  return officer('POST', `/api/drafts/${draft.id}/approve`, {
    contentHash: draft.contentHash,
    acknowledged: [...new Set(draft.findings.map((f) => f.ruleId))],
  });
}
