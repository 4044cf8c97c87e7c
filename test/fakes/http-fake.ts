// The plumbing both fake platforms share: route matching, body reading, a log of what arrived,
// and turning queued faults into the misbehaviour a real network shows.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault, Faults } from './faults.ts';

export interface FakeRequest {
  method: string;
  /** The route's name, e.g. 'POST /2/tweets/:id/hidden'; fault keys use it. */
  route: string;
  params: Record<string, string>;
  url: URL;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The authenticated user's id, set by the platform's `authenticate`. */
  caller?: string;
}

export interface FakeAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  pattern: string;
  handle(request: FakeRequest): FakeAnswer | Promise<FakeAnswer>;
}

/** How one platform words the failures a fault stands for, and who it lets in. */
export interface PlatformVoice {
  origin(request: IncomingMessage): string;
  /** The path routes match against, e.g. without Graph's version prefix. */
  routePath?(url: URL): string;
  authenticate(request: FakeRequest): FakeAnswer | null;
  rateLimited(request: FakeRequest, resetInSeconds: number): FakeAnswer;
  serverError(): FakeAnswer;
  expiredToken(): FakeAnswer;
  notFound(): FakeAnswer;
  /** Headers every answer to this request carries (rate-limit state). */
  decorate(request: FakeRequest, answer: FakeAnswer): FakeAnswer;
}

export interface LoggedRequest {
  route: string;
  method: string;
  path: string;
  params: Record<string, string>;
}

function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = got[i] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, answer: FakeAnswer): void {
  const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
  response.end(body);
}

/** Literal routes win over parameterised ones, as in the real APIs ('/2/tweets/search/recent'). */
function byLiteralFirst(a: Route, b: Route): number {
  return a.pattern.split(':').length - b.pattern.split(':').length;
}

export function fakeHandler(routes: Route[], faults: Faults, voice: PlatformVoice, log: LoggedRequest[]) {
  const ordered = [...routes].sort(byLiteralFirst);
  return async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(incoming.url ?? '/', voice.origin(incoming));
    const method = incoming.method ?? 'GET';
    const body = await readBody(incoming);
    let found: { route: Route; params: Record<string, string> } | undefined;
    for (const route of ordered) {
      const params =
        route.method === method ? match(route.pattern, voice.routePath?.(url) ?? url.pathname) : null;
      if (params) {
        found = { route, params };
        break;
      }
    }
    if (!found) {
      send(response, voice.notFound());
      return;
    }
    const name = `${method} ${found.route.pattern}`;
    const request: FakeRequest = {
      method,
      route: name,
      params: found.params,
      url,
      headers: incoming.headers,
      body,
    };
    log.push({ route: name, method, path: url.pathname, params: found.params });
    const fault = faults.take(name);
    const answer = await answerWith(fault, found.route, request, voice, response);
    if (answer) send(response, voice.decorate(request, answer));
  };
}

async function answerWith(
  fault: Fault | undefined,
  route: Route,
  request: FakeRequest,
  voice: PlatformVoice,
  response: ServerResponse,
): Promise<FakeAnswer | null> {
  switch (fault?.kind) {
    case 'hang':
      return null;
    case 'rate_limited':
      return voice.rateLimited(request, fault.resetInSeconds);
    case 'server_error':
      return voice.serverError();
    case 'expired_token':
      return voice.expiredToken();
    case 'garbled':
      return { status: 200, body: '{"data":{"id":"18' };
    case 'accept_then_hang':
      await (voice.authenticate(request) ?? route.handle(request));
      return null;
    case 'accept_then_drop':
      await (voice.authenticate(request) ?? route.handle(request));
      response.socket?.destroy();
      return null;
    case undefined:
      return voice.authenticate(request) ?? route.handle(request);
  }
}
