// Followers of sandbox accounts, for demos and tests; seq orders them as a platform would.
import type { Db } from './db.ts';

export const addSandboxFollower = (
  db: Db,
  follower: {
    accountId: string;
    handle: string;
    displayName: string;
    bio: string;
    accountCreatedAt: Date | null;
  },
) => db.sandboxFollower.create({ data: follower });

/** Current followers, newest first, from just below `beforeSeq` when given. */
export const sandboxFollowersBefore = (db: Db, accountId: string, beforeSeq: bigint | null, take: number) =>
  db.sandboxFollower.findMany({
    where: { accountId, unfollowedAt: null, ...(beforeSeq === null ? {} : { seq: { lt: beforeSeq } }) },
    orderBy: { seq: 'desc' },
    take,
  });

/** Blocking or removing ends the follow; a block also stays recorded. `handle` names the person. */
export const endSandboxFollow = (db: Db, accountId: string, handle: string, blocked: boolean) =>
  db.sandboxFollower.updateMany({
    where: { accountId, handle: { equals: handle, mode: 'insensitive' }, unfollowedAt: null },
    data: { unfollowedAt: new Date(), ...(blocked ? { blockedAt: new Date() } : {}) },
  });
