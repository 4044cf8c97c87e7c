import { describe, expect, it } from 'vitest';
import { nextPollDelay, POLL } from './poll-schedule.ts';

const now = new Date('2026-11-27T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const unlimited = { remaining: null, resetAt: null };
const base = { now, rate: unlimited, found: 0, failures: 0 };

describe('when replies are polled next', () => {
  it('a new post drawing replies is polled soonest, a quiet old one rarely', () => {
    const busy = nextPollDelay({ ...base, found: 12, newestPostAt: ago(10 * 60_000) });
    const fresh = nextPollDelay({ ...base, newestPostAt: ago(10 * 60_000) });
    const quiet = nextPollDelay({ ...base, newestPostAt: ago(2 * 86_400_000) });
    expect(busy).toBe(POLL.busyMs);
    expect(busy).toBeLessThan(fresh);
    expect(fresh).toBeLessThan(quiet);
  });

  it('spreads what is left of the rate-limit window, keeping a reserve', () => {
    const rate = { remaining: 15, resetAt: new Date(now.getTime() + 10 * 60_000) };
    const delay = nextPollDelay({ ...base, rate, found: 30, newestPostAt: ago(60_000) });
    expect(delay).toBe((10 * 60_000) / (15 - POLL.reserve));
  });

  it('waits for the window to reset when only the reserve is left', () => {
    const rate = { remaining: POLL.reserve, resetAt: new Date(now.getTime() + 7 * 60_000) };
    expect(nextPollDelay({ ...base, rate, found: 30, newestPostAt: ago(60_000) })).toBe(7 * 60_000);
  });

  it('after a 429 waits as long as the platform asked', () => {
    expect(nextPollDelay({ ...base, retryAfterMs: 120_000, newestPostAt: ago(1000), failures: 1 })).toBe(
      120_000,
    );
  });

  it('backs off after failures, up to the idle interval', () => {
    const first = nextPollDelay({ ...base, failures: 1, newestPostAt: ago(1000) });
    const third = nextPollDelay({ ...base, failures: 3, newestPostAt: ago(1000) });
    expect(third).toBe(first * 4);
    expect(nextPollDelay({ ...base, failures: 30, newestPostAt: ago(1000) })).toBe(POLL.idleMs);
  });
});
