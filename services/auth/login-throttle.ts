// Slowing password guessing (§2 security): too many failed sign-ins for one email, or from one
// address, within the window lock further attempts until the oldest counted failure ages out.
// Pure: the caller brings the failures and the clock.
import { londonWallClock } from '../domain/london-time.ts';

export interface ThrottleLimits {
  perEmail: number;
  perAddress: number;
  windowMs: number;
}

export interface RecentFailures {
  /** Failure times for this email within the window, any order. */
  email: Date[];
  /** Failure times from this address within the window, any order. */
  address: Date[];
}

export type ThrottleDecision = { locked: false } | { locked: true; until: Date; reason: 'email' | 'address' };

/** When the `limit`-th most recent failure leaves the window, or nothing if under the limit. */
function lockedUntil(times: Date[], limit: number, windowMs: number, now: Date): Date | undefined {
  if (times.length < limit) return undefined;
  const recent = times.map((t) => t.getTime()).sort((a, b) => b - a);
  const until = recent[limit - 1]! + windowMs;
  return until > now.getTime() ? new Date(until) : undefined;
}

export function throttle(
  failures: RecentFailures,
  limits: ThrottleLimits,
  now = new Date(),
): ThrottleDecision {
  const byEmail = lockedUntil(failures.email, limits.perEmail, limits.windowMs, now);
  const byAddress = lockedUntil(failures.address, limits.perAddress, limits.windowMs, now);
  if (!byEmail && !byAddress) return { locked: false };
  if (byEmail && (!byAddress || byEmail >= byAddress))
    return { locked: true, until: byEmail, reason: 'email' };
  return { locked: true, until: byAddress!, reason: 'address' };
}

/** What the person is told: why, and when they may try again, in minutes and on the UK clock. */
export function lockoutMessage(
  decision: { until: Date; reason: 'email' | 'address' },
  now = new Date(),
): string {
  const minutes = Math.max(1, Math.ceil((decision.until.getTime() - now.getTime()) / 60_000));
  const clock = londonWallClock(decision.until).slice(11, 16);
  const who = decision.reason === 'email' ? 'this email address' : 'this network address';
  return `Too many failed sign-ins for ${who}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'} (after ${clock} UK time).`;
}
