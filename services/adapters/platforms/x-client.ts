// Builds the twitter-api-v2 client Gatepost uses: the stored credentials, an optional agent
// (tests route it to the fake X), a timeout on every call — the library sets none by default,
// so a hung connection would stall a publish worker forever — and the latest rate-limit headers.
import type { Agent } from 'node:http';
import {
  type ITwitterApiClientPlugin,
  type ITwitterApiResponseErrorHookArgs,
  TwitterApi,
  type TwitterApiReadWrite,
  type TwitterRateLimit,
} from 'twitter-api-v2';
import type { RateLimitState } from './types.ts';
import type { XCredentials } from './x-credentials.ts';

export interface XClientOptions {
  httpAgent?: Agent;
  /** Per request; default 30 s. */
  timeoutMs?: number;
}

class XCallWatcher implements ITwitterApiClientPlugin {
  latest: RateLimitState = { remaining: null, resetAt: null };

  constructor(private readonly timeoutMs: number) {}

  onBeforeRequestConfig(args: { params: { timeout?: number } }): void {
    args.params.timeout ??= this.timeoutMs;
  }

  onAfterRequest(args: { response: { rateLimit?: TwitterRateLimit } }): void {
    this.record(args.response.rateLimit);
  }

  onResponseError(args: ITwitterApiResponseErrorHookArgs): void {
    this.record(args.error.rateLimit);
  }

  private record(limit: TwitterRateLimit | undefined): void {
    if (limit) this.latest = { remaining: limit.remaining, resetAt: new Date(limit.reset * 1000) };
  }
}

export function createXClient(credentials: XCredentials, options: XClientOptions = {}) {
  const watcher = new XCallWatcher(options.timeoutMs ?? 30_000);
  const settings = { plugins: [watcher], ...(options.httpAgent ? { httpAgent: options.httpAgent } : {}) };
  const client: TwitterApiReadWrite =
    credentials.kind === 'oauth1'
      ? new TwitterApi(
          {
            appKey: credentials.appKey,
            appSecret: credentials.appSecret,
            accessToken: credentials.accessToken,
            accessSecret: credentials.accessSecret,
          },
          settings,
        ).readWrite
      : new TwitterApi(credentials.accessToken, settings).readWrite;
  // X's v1.1 endpoints (e.g. follow requests) take OAuth 1.0a user keys only.
  const v1 = credentials.kind === 'oauth1' ? client.v1 : null;
  return { v2: client.v2, v1, rateLimit: (): RateLimitState => watcher.latest };
}
