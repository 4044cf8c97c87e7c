// When the followers of an account are asked for again.
import { describe, expect, it } from 'vitest';
import { FOLLOWER_POLL, nextFollowerPollDelay } from './poll-schedule.ts';

const now = new Date('2026-11-27T12:00:00Z');
const open = { remaining: null, resetAt: null };

describe('the next follower poll', () => {
  it('comes a quarter of an hour later when all is well', () => {
    expect(nextFollowerPollDelay({ now, rate: open, failures: 0 })).toBe(FOLLOWER_POLL.everyMs);
  });

  it('waits for the rate-limit window when the platform has no requests left', () => {
    const resetAt = new Date(now.getTime() + 40 * 60_000);
    expect(nextFollowerPollDelay({ now, rate: { remaining: 0, resetAt }, failures: 0 })).toBe(40 * 60_000);
  });

  it('obeys the platform’s "try again after"', () => {
    expect(nextFollowerPollDelay({ now, rate: open, failures: 1, retryAfterMs: 90_000 })).toBe(90_000);
  });

  it('backs off after failures, up to six hours', () => {
    const delays = [1, 2, 3, 12].map((failures) => nextFollowerPollDelay({ now, rate: open, failures }));
    expect(delays).toEqual([60_000, 120_000, 240_000, FOLLOWER_POLL.longestWaitMs]);
  });
});
