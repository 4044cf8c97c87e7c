// reply-poll: asks the platform for replies to the account's recent posts since the stored
// cursor, stores each reply once, moves the cursor in the same transaction, and plans the next
// poll. A crash between the platform's answer and the commit only means the page is read again;
// the unique platform reply id keeps it from being stored twice.
import { createHash } from 'node:crypto';
import { PlatformError } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import { findAccount } from '../repositories/accounts.ts';
import { inTransaction } from '../repositories/db.ts';
import { storeReplies } from '../repositories/replies.ts';
import { planNextPoll, postsToPoll, replyPollOf, saveReplyPoll } from '../repositories/reply-polls.ts';
import { nextPollDelay } from './poll-schedule.ts';

/** Posts older than this are not polled (X's recent search reaches back 7 days). */
export const POLL_POSTS_FOR_MS = 7 * 86_400_000;
/** Full pages read in one job before handing over to the next poll. */
const MAX_PAGES = 50;

export interface PollResult {
  stored: number;
  rateLimited?: boolean;
}

export async function pollReplies(services: Services, accountId: string): Promise<PollResult> {
  const { db } = services;
  const account = await findAccount(db, accountId);
  if (account?.status !== 'ACTIVE') return { stored: 0 };
  const now = new Date();
  const posts = await postsToPoll(db, accountId, new Date(now.getTime() - POLL_POSTS_FOR_MS));
  const previous = await replyPollOf(db, accountId);
  const newestPostAt = posts[0]?.publishedAt ?? null;
  const adapter = services.platforms.adapterFor(account);
  const postIds = posts.map((p) => p.platformPostId as string);
  let cursor = previous?.cursor ?? undefined;
  let stored = 0;
  let found = 0;
  const plan = async (outcome: { failures: number; retryAfterMs?: number; lastError: string | null }) => {
    const delay = nextPollDelay({ now, rate: adapter.rateLimit(), found, newestPostAt, ...outcome });
    await saveReplyPoll(db, accountId, {
      cursor: cursor ?? null,
      lastPolledAt: now,
      lastFound: found,
      failures: outcome.failures,
      lastError: outcome.lastError,
    });
    await planNextPoll(db, accountId, new Date(Date.now() + delay), now);
  };
  if (!postIds.length) {
    await plan({ failures: 0, lastError: null });
    return { stored: 0 };
  }
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await adapter.listReplies(postIds, cursor);
      found += answer.replies.length;
      const next = answer.cursor ?? cursor;
      const added = await inTransaction(db, async (tx) => {
        const count = await storeReplies(tx, account, answer.replies);
        await saveReplyPoll(tx, accountId, {
          cursor: next ?? null,
          lastPolledAt: now,
          lastFound: found,
          failures: 0,
          lastError: null,
        });
        return count;
      });
      stored += added;
      cursor = next;
      if (added) await enqueueClassify(services, accountId, next);
      if (!answer.more) break;
    }
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    // What was stored before the failure stays stored; the cursor says where to carry on.
    const failures = (previous?.failures ?? 0) + 1;
    const retryAfterMs = error.kind === 'rate_limited' ? (error.retryAfterMs ?? 60_000) : undefined;
    await plan({
      failures,
      lastError: error.message,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    services.log.warn(
      { accountId, kind: error.kind, err: error.message },
      'reply poll failed; planned a later one',
    );
    return { stored, ...(error.kind === 'rate_limited' ? { rateLimited: true } : {}) };
  }
  await plan({ failures: 0, lastError: null });
  return { stored };
}

/**
 * One classify job per stored page, named after the page: jobs of one account share the work
 * (each claims what nobody holds), and a page stored while another job finishes is never missed.
 */
function enqueueClassify(services: Services, accountId: string, cursor: string | undefined) {
  const batch = createHash('sha256')
    .update(cursor ?? '')
    .digest('hex')
    .slice(0, 16);
  return services.queue.enqueue('reply-classify', { accountId, batch });
}
