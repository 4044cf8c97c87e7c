// An in-process X API over TLS. twitter-api-v2 always dials api.x.com:443; the agent returned
// here redirects those connections to this server, so the real library — OAuth signing, body
// encoding, error parsing — runs unmodified against it.
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { generate } from 'selfsigned';
import { Faults } from './faults.ts';
import {
  type FakeAnswer,
  type FakeRequest,
  fakeHandler,
  type LoggedRequest,
  type PlatformVoice,
} from './http-fake.ts';
import { problem } from './x-answers.ts';
import { parseOAuthHeader, signatureIsValid } from './x-oauth1.ts';
import { xRoutes } from './x-routes.ts';
import { type XAccountKeys, XState, type XUserRecord } from './x-state.ts';

export { approveAuthLink } from './x-oauth2-routes.ts';

const WINDOW_SECONDS = 900;
const WINDOW_LIMIT = 300;

function callerOf(state: XState, request: FakeRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return state.bearerTokens.get(header.slice(7)) ?? null;
  const oauth = parseOAuthHeader(header);
  const consumerSecret = state.apps.get(oauth?.get('oauth_consumer_key') ?? '');
  const token = state.oauth1Tokens.get(oauth?.get('oauth_token') ?? '');
  if (!oauth || consumerSecret === undefined || !token) return null;
  const form = String(request.headers['content-type']).includes('x-www-form-urlencoded')
    ? new URLSearchParams(request.body.toString('utf8'))
    : null;
  const secrets = { consumerSecret, tokenSecret: token.secret };
  return signatureIsValid(request.method, request.url, oauth, secrets, form) ? token.userId : null;
}

function xVoice(state: XState): PlatformVoice {
  const windows = new Map<string, { remaining: number; reset: number }>();
  const unauthorized = () => problem(401, 'Unauthorized', 'Unauthorized');
  return {
    origin: (incoming) => `https://${incoming.headers.host ?? 'api.x.com'}`,
    authenticate(request) {
      if (request.route === 'POST /2/oauth2/token') return null;
      const caller = callerOf(state, request);
      if (!caller) return unauthorized();
      request.caller = caller;
      return null;
    },
    rateLimited(request, resetInSeconds) {
      const reset = Math.ceil(Date.now() / 1000) + resetInSeconds;
      windows.set(request.route, { remaining: 0, reset });
      return problem(429, 'Too Many Requests', 'Too Many Requests');
    },
    serverError: () => problem(503, 'Service Unavailable', 'Service Unavailable'),
    expiredToken: unauthorized,
    notFound: () => problem(404, 'Not Found', 'Sorry, that page does not exist'),
    decorate(request, answer): FakeAnswer {
      const now = Math.ceil(Date.now() / 1000);
      const current = windows.get(request.route);
      const window =
        current && current.reset > now ? current : { remaining: WINDOW_LIMIT, reset: now + WINDOW_SECONDS };
      if (answer.status !== 429) window.remaining = Math.max(0, window.remaining - 1);
      windows.set(request.route, window);
      const headers = {
        'x-rate-limit-limit': String(WINDOW_LIMIT),
        'x-rate-limit-remaining': String(window.remaining),
        'x-rate-limit-reset': String(window.reset),
      };
      return { ...answer, headers: { ...headers, ...answer.headers } };
    },
  };
}

export interface FakeX {
  /** Pass as twitter-api-v2's `httpAgent`: every api.x.com / upload.x.com call lands here. */
  agent: https.Agent;
  state: XState;
  faults: Faults;
  /** Every request that reached the fake, in order. */
  log: LoggedRequest[];
  /** The school's account, with keys for both OAuth flavours. */
  account: XUserRecord;
  keys: XAccountKeys;
  /** For a separate process: where the fake listens and the certificate to trust for api.x.com. */
  address: string;
  certificate: string;
  close(): Promise<void>;
}

export async function startFakeX(): Promise<FakeX> {
  const pems = await generate([{ name: 'commonName', value: 'api.x.com' }], {
    keyType: 'ec',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'api.x.com' },
          { type: 2, value: 'upload.x.com' },
        ],
      },
    ],
  });
  const state = new XState();
  const faults = new Faults();
  const log: LoggedRequest[] = [];
  const handler = fakeHandler(xRoutes(state), faults, xVoice(state), log);
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    handler(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  class LocalAgent extends https.Agent {
    override createConnection(
      options: tls.ConnectionOptions,
      callback?: (err: Error | null, socket: Duplex) => void,
    ) {
      const socket = tls.connect({
        ...options,
        host: '127.0.0.1',
        port,
        ca: pems.cert,
        servername: options.servername ?? options.host,
      });
      if (callback) socket.once('secureConnect', () => callback(null, socket));
      return socket;
    }
  }

  const account = state.addUser('oakfield_primary');
  return {
    agent: new LocalAgent(),
    state,
    faults,
    log,
    account,
    keys: state.issueKeys(account.id),
    address: `127.0.0.1:${port}`,
    certificate: pems.cert,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
