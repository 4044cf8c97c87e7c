// When to ask a platform for an account's followers next. New followers arrive slowly and X
// allows 15 followers requests per 15 minutes, so a quarter of an hour suffices; failures back
// off, and a platform's "wait" is obeyed.
import type { RateLimitState } from '../adapters/platforms/types.ts';

export const FOLLOWER_POLL = {
  everyMs: 15 * 60_000,
  firstRetryMs: 60_000,
  longestWaitMs: 6 * 3600_000,
} as const;

export function nextFollowerPollDelay(o: {
  now: Date;
  rate: RateLimitState;
  /** Consecutive failed polls, this one included. */
  failures: number;
  retryAfterMs?: number;
}): number {
  if (o.retryAfterMs !== undefined) return Math.max(o.retryAfterMs, 1_000);
  if (o.failures > 0)
    return Math.min(FOLLOWER_POLL.longestWaitMs, FOLLOWER_POLL.firstRetryMs * 2 ** (o.failures - 1));
  const untilReset =
    o.rate.remaining === 0 && o.rate.resetAt ? o.rate.resetAt.getTime() - o.now.getTime() : 0;
  return Math.max(FOLLOWER_POLL.everyMs, untilReset);
}
