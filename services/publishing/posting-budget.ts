// Per-account posting budgets, shared by every worker through Redis: X allows 100 posts per
// user per 15 minutes, Instagram 50 API posts per 24 hours. A post over budget is not refused;
// its job waits until the oldest post in the window drops out, so a burst is spread out.
import type { Redis } from 'ioredis';
import type { Platform } from '../generated/prisma/client.ts';

export interface Budget {
  posts: number;
  windowMs: number;
}

export const platformBudgets: Partial<Record<Platform, Budget>> = {
  X: { posts: 100, windowMs: 15 * 60_000 },
  INSTAGRAM: { posts: 50, windowMs: 24 * 3600_000 },
};

// A sliding window log: one member per publication, so a retried publication never counts twice.
// Returns 0 when the slot is taken, else the milliseconds until one frees up.
const RESERVE = `
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZSCORE', KEYS[1], ARGV[4]) then return 0 end
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tonumber(oldest[2]) + window - now + 1
`;

/** Takes a posting slot for `publicationId`; 0 if taken, else how long to wait before asking again. */
export async function reservePostingSlot(
  redis: Redis,
  key: string,
  budget: Budget,
  publicationId: string,
  now = Date.now(),
): Promise<number> {
  const wait = await redis.eval(RESERVE, 1, key, now, budget.windowMs, budget.posts, publicationId);
  return Number(wait);
}

export const budgetKey = (prefix: string, accountId: string) => `${prefix}:posting-budget:${accountId}`;
