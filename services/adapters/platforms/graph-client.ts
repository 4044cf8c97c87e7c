// The Graph API transport shared by the Facebook Page and Instagram adapters: global fetch
// with a configurable base URL, a timeout, Graph's error bodies mapped to PlatformError kinds,
// and the usage headers turned into rate-limit state.
import { PlatformError, type RateLimitState } from './types.ts';

export const GRAPH_BASE_URL = 'https://graph.facebook.com/v21.0';

export interface GraphClientOptions {
  accessToken: string;
  /** Default GRAPH_BASE_URL; tests point it at the fake. */
  baseUrl?: string;
  /** Per request; default 30 s. */
  timeoutMs?: number;
}

interface GraphErrorBody {
  error?: { message?: string; type?: string; code?: number; error_subcode?: number; fbtrace_id?: string };
}

interface Usage {
  call_count?: number;
  total_time?: number;
  total_cputime?: number;
  estimated_time_to_regain_access?: number;
}

export type GraphParams = Record<string, string | number | boolean | undefined>;

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
/** Meta's usage windows roll over an hour; without an estimate, wait that long. */
const DEFAULT_WAIT_MS = 60 * 60_000;

function parseUsage(header: string | null): Usage[] {
  if (!header) return [];
  try {
    const parsed = JSON.parse(header) as Usage | Record<string, Usage[]>;
    return 'call_count' in parsed
      ? [parsed as Usage]
      : Object.values(parsed as Record<string, Usage[]>).flat();
  } catch {
    return [];
  }
}

export class GraphClient {
  private readonly baseUrl: string;
  private latest: RateLimitState = { remaining: null, resetAt: null };

  /** `platform` names the service in messages to the marketing officer. */
  constructor(
    private readonly platform: 'Facebook' | 'Instagram',
    private readonly options: GraphClientOptions,
  ) {
    this.baseUrl = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/$/, '');
  }

  get<T>(path: string, query: GraphParams = {}): Promise<T> {
    return this.send<T>('GET', path, query);
  }

  post<T>(path: string, body: GraphParams | FormData): Promise<T> {
    return this.send<T>('POST', path, {}, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.send<T>('DELETE', path, {});
  }

  /** `remaining` is the percentage of Meta's hourly call budget left. */
  rateLimit(): RateLimitState {
    return this.latest;
  }

  private async send<T>(
    method: string,
    path: string,
    query: GraphParams,
    body?: GraphParams | FormData,
  ): Promise<T> {
    const url = new URL(`${this.baseUrl}/${path.replace(/^\//, '')}`);
    for (const [key, value] of Object.entries(query))
      if (value !== undefined) url.searchParams.set(key, String(value));
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${this.options.accessToken}` },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
        ...(body ? { body: body instanceof FormData ? body : form(body) } : {}),
      });
      text = await response.text();
    } catch {
      throw new PlatformError('transient', `${this.platform} did not answer in time; will retry`);
    }
    const wait = this.recordUsage(response.headers);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new PlatformError('transient', `${this.platform} sent a garbled answer; will retry`);
    }
    if (!response.ok) throw this.toError(response.status, parsed as GraphErrorBody, wait);
    return parsed as T;
  }

  private recordUsage(headers: Headers): number | null {
    const usages = [
      ...parseUsage(headers.get('x-app-usage')),
      ...parseUsage(headers.get('x-business-use-case-usage')),
    ];
    if (usages.length === 0) return null;
    const used = Math.max(
      ...usages.map((u) => Math.max(u.call_count ?? 0, u.total_time ?? 0, u.total_cputime ?? 0)),
    );
    const minutes = Math.max(0, ...usages.map((u) => u.estimated_time_to_regain_access ?? 0));
    this.latest = {
      remaining: Math.max(0, 100 - used),
      resetAt: minutes > 0 ? new Date(Date.now() + minutes * 60_000) : null,
    };
    return minutes > 0 ? minutes * 60_000 : null;
  }

  private toError(status: number, body: GraphErrorBody, waitMs: number | null): PlatformError {
    const code = body.error?.code;
    const said = body.error?.message ?? `HTTP ${status}`;
    if (code === 190) {
      return new PlatformError(
        'auth',
        `${this.platform} says the access token has expired or was revoked — ask the ICT technician to reconnect the account`,
      );
    }
    // 80001–80014 are the business-use-case limits (Pages, Instagram, ...).
    if (
      (code !== undefined && (RATE_LIMIT_CODES.has(code) || (code >= 80001 && code <= 80014))) ||
      status === 429
    ) {
      return new PlatformError(
        'rate_limited',
        `${this.platform} is limiting how often this account can be used; will retry later`,
        waitMs ?? DEFAULT_WAIT_MS,
      );
    }
    if (code === 1 || code === 2 || status >= 500) {
      return new PlatformError('transient', `${this.platform} is having problems right now; will retry`);
    }
    return new GraphRefusal(`${this.platform} refused this: ${said}`, code, body.error?.error_subcode);
  }
}

function form(body: GraphParams): URLSearchParams {
  const encoded = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) if (value !== undefined) encoded.set(key, String(value));
  return encoded;
}

/** A 'rejected' PlatformError that keeps Graph's codes, for the few refusals callers tell apart. */
export class GraphRefusal extends PlatformError {
  constructor(
    message: string,
    readonly code: number | undefined,
    readonly subcode: number | undefined,
  ) {
    super('rejected', message);
  }
}

/** Graph's "object does not exist" (code 100, subcode 33): deleting it again has nothing to do. */
export function isGone(error: unknown): boolean {
  return error instanceof GraphRefusal && error.code === 100 && error.subcode === 33;
}
