// Where polling each account's replies stands: cursor, next time due, failures.
import type { Db } from './db.ts';

export const replyPollOf = (db: Db, accountId: string) => db.replyPoll.findUnique({ where: { accountId } });

export function saveReplyPoll(
  db: Db,
  accountId: string,
  data: {
    cursor?: string | null;
    nextPollAt?: Date;
    lastPolledAt: Date;
    lastFound: number;
    failures: number;
    lastError: string | null;
  },
) {
  return db.replyPoll.upsert({
    where: { accountId },
    create: { accountId, nextPollAt: data.lastPolledAt, ...data },
    update: data,
  });
}

/** Plans the next poll, unless the platform asked for one sooner while this poll ran. */
export const planNextPoll = (db: Db, accountId: string, at: Date, pollStartedAt: Date) =>
  db.replyPoll.updateMany({
    where: { accountId, nextPollAt: { lte: pollStartedAt } },
    data: { nextPollAt: at },
  });

/** Platform ids (and publish times) of the account's published posts worth polling. */
export const postsToPoll = (db: Db, accountId: string, since: Date) =>
  db.publication.findMany({
    where: { accountId, state: 'PUBLISHED', platformPostId: { not: null }, publishedAt: { gte: since } },
    select: { platformPostId: true, publishedAt: true },
    orderBy: { publishedAt: 'desc' },
  });

/** Active accounts with something to poll whose next poll is due (or was never planned). */
export async function accountsDueForPolling(db: Db, now: Date, since: Date): Promise<string[]> {
  const accounts = await db.account.findMany({
    where: {
      status: 'ACTIVE',
      publications: {
        some: { state: 'PUBLISHED', platformPostId: { not: null }, publishedAt: { gte: since } },
      },
    },
    select: { id: true },
  });
  const planned = await db.replyPoll.findMany({
    where: { accountId: { in: accounts.map((a) => a.id) }, nextPollAt: { gt: now } },
    select: { accountId: true },
  });
  const later = new Set(planned.map((p) => p.accountId));
  return accounts.map((a) => a.id).filter((id) => !later.has(id));
}

/** A platform said there is something new (a webhook, the sandbox): poll at the next chance. */
export const pollSoon = (db: Db, accountId: string) =>
  db.replyPoll.upsert({
    where: { accountId },
    create: { accountId, nextPollAt: new Date() },
    update: { nextPollAt: new Date() },
  });
