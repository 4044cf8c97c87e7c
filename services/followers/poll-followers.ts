// follower-poll: asks the platform for the account's follow requests and newest followers, and
// queues everyone not seen before for the marketing officer (§2), with any pupil or staff name
// their name matches. The unique (account, person) key means a poll read twice queues nobody twice;
// someone removed who follows again goes back to the officer (audited).
import { followerSupport } from '../adapters/platforms/follower-support.ts';
import { type IncomingFollower, type PlatformAdapter, PlatformError } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import { findAccount } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import {
  followerPollOf,
  knownFollowerIds,
  requeueReturned,
  saveFollowerPoll,
  storeFollowers,
} from '../repositories/followers.ts';
import { rosterOf } from '../repositories/pupils.ts';
import { schoolPeopleNames } from '../repositories/school-people.ts';
import { type NameReader, nameReader } from './name-matches.ts';
import { nextFollowerPollDelay } from './poll-schedule.ts';

/** Pages read in one poll: the first poll of a large account reads this many, later ones one or two. */
const MAX_PAGES = 5;

export async function pollFollowers(services: Services, accountId: string): Promise<{ stored: number }> {
  const { db } = services;
  const account = await findAccount(db, accountId);
  if (account?.status !== 'ACTIVE' || !followerSupport[account.platform].listsFollowers) return { stored: 0 };
  const people = await schoolPeopleNames(db, account.schoolId);
  const read = nameReader(await rosterOf(db, account.schoolId), [...people.headNames, ...people.staffNames]);
  const now = new Date();
  let stored = 0;
  let found = 0;
  const store = async (followers: IncomingFollower[]) => {
    found += followers.length;
    stored += await inTransaction(db, async (tx) => {
      const added = await storeFollowers(tx, accountId, followers.map(withMatches(read)));
      const returned = await requeueReturned(
        tx,
        accountId,
        followers.map((f) => f.platformUserId),
      );
      for (const follower of returned)
        await appendAudit(tx, {
          schoolId: account.schoolId,
          actorId: null,
          action: 'follower.returned',
          subjectType: 'follower',
          subjectId: follower.id,
          data: { account: account.handle, follower: follower.handle },
        });
      return added + returned.length;
    });
  };
  // An account not connected yet is refused here, and asked again after a back-off.
  let adapter: PlatformAdapter | undefined;
  try {
    adapter = services.platforms.adapterFor(account);
    if (!adapter.listFollowers) return { stored: 0 };
    if (adapter.listFollowRequests) await store(await adapter.listFollowRequests());
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await adapter.listFollowers(cursor);
      const known = await knownFollowerIds(
        db,
        accountId,
        answer.followers.map((f) => f.platformUserId),
      );
      await store(answer.followers);
      // Newest first: once a whole page was queued before, so is everything older.
      if (!answer.cursor || answer.followers.every((f) => known.has(f.platformUserId))) break;
      cursor = answer.cursor;
    }
  } catch (error) {
    // Any failure plans the next poll later (backing off), or every sweep would run it again.
    const fromPlatform = error instanceof PlatformError ? error : undefined;
    const failures = ((await followerPollOf(db, accountId))?.failures ?? 0) + 1;
    const retryAfterMs =
      fromPlatform?.kind === 'rate_limited' ? (fromPlatform.retryAfterMs ?? 60_000) : undefined;
    const delay = nextFollowerPollDelay({
      now,
      rate: adapter?.rateLimit() ?? { remaining: null, resetAt: null },
      failures,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    await saveFollowerPoll(db, accountId, {
      nextPollAt: new Date(now.getTime() + delay),
      lastPolledAt: now,
      lastFound: found,
      failures,
      lastError:
        fromPlatform?.message ?? 'Gatepost could not read the followers this time; it will try again.',
    });
    if (!fromPlatform) throw error;
    services.log.warn(
      { accountId, kind: fromPlatform.kind, err: fromPlatform.message },
      'follower poll failed; planned a later one',
    );
    return { stored };
  }
  const delay = nextFollowerPollDelay({ now, rate: adapter.rateLimit(), failures: 0 });
  await saveFollowerPoll(db, accountId, {
    nextPollAt: new Date(now.getTime() + delay),
    lastPolledAt: now,
    lastFound: found,
    failures: 0,
    lastError: null,
  });
  return { stored };
}

const withMatches = (read: NameReader) => (follower: IncomingFollower) => ({
  ...follower,
  nameMatches: read(follower).map((m) => ({ ...m })),
});
