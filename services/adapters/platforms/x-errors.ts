// Turns twitter-api-v2's errors into PlatformError kinds, in words a marketing officer can act on.
import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { PlatformError } from './types.ts';

const RECONNECT =
  'X says the access token has expired or was revoked — ask the ICT technician to reconnect the account';

/** 403s that are about the app or token, not the content (X's problem types and v1 codes). */
function isTokenRefusal(error: ApiResponseError): boolean {
  const data = error.data as { type?: string; reason?: string };
  return (
    data.type === 'https://api.twitter.com/2/problems/unsupported-authentication' ||
    data.reason === 'client-not-enrolled' ||
    data.reason === 'official-client-forbidden' ||
    error.hasErrorCode(32, 89, 99, 135, 215, 220, 326)
  );
}

/** X sends the window reset, and a 24-hour reset when the daily cap is the one exhausted. */
export function retryAfterMs(error: ApiResponseError, now = Date.now()): number {
  const limits = [error.rateLimit, error.rateLimit?.day, error.rateLimit?.userDay];
  const exhausted = limits.filter((limit) => limit && limit.remaining === 0 && limit.reset > 0);
  const resets = (exhausted.length ? exhausted : limits).flatMap((limit) =>
    limit?.reset ? [limit.reset] : [],
  );
  const reset = resets.length ? Math.max(...resets) * 1000 : now + 15 * 60_000;
  return Math.max(0, reset - now);
}

function detail(error: ApiResponseError): string {
  const data = error.data as { detail?: string; error_description?: string; errors?: { message?: string }[] };
  return data.errors?.[0]?.message ?? data.detail ?? data.error_description ?? `HTTP ${error.code}`;
}

export function toPlatformError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  if (error instanceof ApiPartialResponseError || error instanceof ApiRequestError) {
    return new PlatformError(
      'transient',
      'X did not answer properly (network trouble or a garbled reply); will retry',
    );
  }
  if (!(error instanceof ApiResponseError)) {
    return new PlatformError('transient', `Unexpected problem talking to X: ${String(error)}`);
  }
  if (error.code === 429) {
    return new PlatformError(
      'rate_limited',
      'X is limiting how often this account can post; will retry later',
      retryAfterMs(error),
    );
  }
  if (error.code === 401 || (error.code === 403 && isTokenRefusal(error)))
    return new PlatformError('auth', RECONNECT);
  if (error.code >= 500) return new PlatformError('transient', 'X is having problems right now; will retry');
  return new PlatformError('rejected', `X refused this: ${detail(error)}`);
}
