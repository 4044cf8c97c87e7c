// Followers waiting for (or past) the marketing officer's vetting, and when each account's
// followers are next polled.
import type { IncomingFollower } from '../adapters/platforms/types.ts';
import type { FollowerStatus, Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export type FollowerToStore = IncomingFollower & { nameMatches: Prisma.InputJsonValue };

/** Stores each person once per account; a request accepted on the platform becomes a follower. */
export async function storeFollowers(
  db: Db,
  accountId: string,
  followers: FollowerToStore[],
): Promise<number> {
  if (!followers.length) return 0;
  const { count } = await db.follower.createMany({
    data: followers.map((f) => ({ accountId, ...f })),
    skipDuplicates: true,
  });
  const following = followers.filter((f) => !f.isRequest).map((f) => f.platformUserId);
  if (following.length)
    await db.follower.updateMany({
      where: { accountId, platformUserId: { in: following }, isRequest: true },
      data: { isRequest: false },
    });
  return count;
}

/** People removed earlier who follow (or ask to) again go back to the officer; returns them. */
export async function requeueReturned(db: Db, accountId: string, platformUserIds: string[]) {
  const back = await db.follower.findMany({
    where: { accountId, platformUserId: { in: platformUserIds }, status: 'REMOVED' },
  });
  if (back.length)
    await db.follower.updateMany({
      where: { id: { in: back.map((f) => f.id) }, status: 'REMOVED' },
      data: { status: 'PENDING', decidedAt: null, decidedById: null },
    });
  return back;
}

export async function knownFollowerIds(db: Db, accountId: string, platformUserIds: string[]) {
  const rows = await db.follower.findMany({
    where: { accountId, platformUserId: { in: platformUserIds } },
    select: { platformUserId: true },
  });
  return new Set(rows.map((r) => r.platformUserId));
}

export const listFollowers = (db: Db, accountIds: string[], status?: FollowerStatus) =>
  db.follower.findMany({
    where: { accountId: { in: accountIds }, ...(status ? { status } : {}) },
    orderBy: [{ firstSeenAt: 'desc' }, { id: 'asc' }],
    take: 500,
  });

export const findFollower = (db: Db, id: string) => db.follower.findUnique({ where: { id } });

/** Records the decision unless someone else decided first (0 rows: they did). */
export const recordFollowerDecision = (
  db: Db,
  id: string,
  from: FollowerStatus,
  to: FollowerStatus,
  userId: string,
) =>
  db.follower.updateMany({
    where: { id, status: from },
    data: { status: to, decidedAt: new Date(), decidedById: userId },
  });

export const followerPollOf = (db: Db, accountId: string) =>
  db.followerPoll.findUnique({ where: { accountId } });

export const followerPollsOf = (db: Db, accountIds: string[]) =>
  db.followerPoll.findMany({ where: { accountId: { in: accountIds } } });

export const saveFollowerPoll = (
  db: Db,
  accountId: string,
  data: {
    nextPollAt: Date;
    lastPolledAt?: Date;
    lastFound?: number;
    failures?: number;
    lastError?: string | null;
  },
) => db.followerPoll.upsert({ where: { accountId }, create: { accountId, ...data }, update: data });

/** Active accounts on the given platforms whose followers were never polled or are due. */
export async function accountsDueForFollowerPoll(
  db: Db,
  platforms: Prisma.AccountWhereInput['platform'],
  now: Date,
): Promise<string[]> {
  const accounts = await db.account.findMany({
    where: { status: 'ACTIVE', platform: platforms },
    select: { id: true },
  });
  const later = await db.followerPoll.findMany({
    where: { accountId: { in: accounts.map((a) => a.id) }, nextPollAt: { gt: now } },
    select: { accountId: true },
  });
  const planned = new Set(later.map((p) => p.accountId));
  return accounts.map((a) => a.id).filter((id) => !planned.has(id));
}
