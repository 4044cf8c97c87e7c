// An in-process Graph API (Facebook Page + Instagram professional account) over plain http on
// a random port; the adapters' configurable base URL points here, so their real fetch calls,
// form and multipart bodies and error handling all run.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults } from './faults.ts';
import { graphError } from './graph-answers.ts';
import { graphRoutes } from './graph-routes.ts';
import { GraphState } from './graph-state.ts';
import { type FakeAnswer, fakeHandler, type LoggedRequest, type PlatformVoice } from './http-fake.ts';

export const GRAPH_VERSION = 'v21.0';

function tokenOf(request: { headers: http.IncomingHttpHeaders; url: URL }): string {
  const header = request.headers.authorization ?? '';
  return /^(Bearer|OAuth) (.+)$/.exec(header)?.[2] ?? request.url.searchParams.get('access_token') ?? '';
}

function graphVoice(state: GraphState): PlatformVoice {
  let callCount = 0;
  const expired = () =>
    graphError(
      400,
      190,
      'Error validating access token: Session has expired on Friday, 01-Mar-24 10:00:00 PST.',
      463,
    );
  return {
    origin: (incoming) => `http://${incoming.headers.host ?? '127.0.0.1'}`,
    routePath: (url) => url.pathname.replace(/^\/v\d+\.\d+/, ''),
    authenticate(request) {
      const token = tokenOf(request);
      if (!state.tokens.has(token))
        return graphError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
      request.caller = token;
      return null;
    },
    rateLimited(_request, resetInSeconds): FakeAnswer {
      const usage = {
        [state.page.id]: [
          {
            type: 'pages',
            call_count: 100,
            total_cputime: 40,
            total_time: 60,
            estimated_time_to_regain_access: Math.ceil(resetInSeconds / 60),
          },
        ],
      };
      const answer = graphError(403, 4, '(#4) Application request limit reached');
      return { ...answer, headers: { 'x-business-use-case-usage': JSON.stringify(usage) } };
    },
    serverError: () => graphError(500, 1, 'An unknown error occurred', 99),
    expiredToken: expired,
    notFound: () => graphError(400, 100, 'Unknown path components'),
    decorate(_request, answer) {
      callCount = Math.min(99, callCount + 1);
      const usage = {
        call_count: callCount,
        total_cputime: Math.floor(callCount / 2),
        total_time: Math.floor(callCount / 2),
      };
      return { ...answer, headers: { 'x-app-usage': JSON.stringify(usage), ...answer.headers } };
    },
  };
}

export interface FakeGraph {
  /** Base URL including the version, e.g. http://127.0.0.1:PORT/v21.0 */
  url: string;
  state: GraphState;
  faults: Faults;
  log: LoggedRequest[];
  close(): Promise<void>;
}

export async function startFakeGraph(): Promise<FakeGraph> {
  const state = new GraphState();
  const faults = new Faults();
  const log: LoggedRequest[] = [];
  const handler = fakeHandler(graphRoutes(state), faults, graphVoice(state), log);
  const server = http.createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${GRAPH_VERSION}`,
    state,
    faults,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
