// When to ask a platform for an account's replies next. A new post that is drawing replies is
// asked often; a quiet account rarely; and never faster than the platform's rate-limit budget
// allows, keeping a reserve for hiding replies and publishing.
import type { RateLimitState } from '../adapters/platforms/types.ts';

export const POLL = {
  busyMs: 30_000,
  newPostMs: 60_000,
  activeMs: 2 * 60_000,
  quietMs: 5 * 60_000,
  idleMs: 30 * 60_000,
  newPostWindowMs: 3 * 3600_000,
  /** Requests of the window left for other work (hide, publish). */
  reserve: 5,
} as const;

export interface PollOutcome {
  now: Date;
  rate: RateLimitState;
  /** Replies found by this poll. */
  found: number;
  /** When the newest polled post was published; null when there is nothing to poll. */
  newestPostAt: Date | null;
  /** Consecutive failed polls, this one included. */
  failures: number;
  /** The platform asked to wait this long (429). */
  retryAfterMs?: number;
}

export function nextPollDelay(o: PollOutcome): number {
  if (o.retryAfterMs !== undefined) return Math.max(o.retryAfterMs, 1_000);
  if (o.newestPostAt === null) return POLL.idleMs;
  if (o.failures > 0) return Math.min(POLL.idleMs, POLL.newPostMs * 2 ** (o.failures - 1));
  const isNew = o.now.getTime() - o.newestPostAt.getTime() < POLL.newPostWindowMs;
  const wanted = isNew
    ? o.found > 0
      ? POLL.busyMs
      : POLL.newPostMs
    : o.found > 0
      ? POLL.activeMs
      : POLL.quietMs;
  return Math.max(wanted, budgetSpacing(o.now, o.rate));
}

/** The spacing that spreads the remaining requests of the window evenly to its reset. */
function budgetSpacing(now: Date, { remaining, resetAt }: RateLimitState): number {
  if (remaining === null || resetAt === null) return 0;
  const untilReset = Math.max(0, resetAt.getTime() - now.getTime());
  const spare = remaining - POLL.reserve;
  return spare <= 0 ? untilReset : untilReset / spare;
}
