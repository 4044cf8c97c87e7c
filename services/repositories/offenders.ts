// Repeat authors per account (§5).
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export interface Offence {
  accountId: string;
  authorId: string;
  authorHandle: string;
  count: number;
  labels: string[];
}

/**
 * Adds offences to each author's record in one statement; returns the records as they now stand.
 * Rows are taken in author order, so two batches naming the same authors never deadlock.
 */
export function addOffences(tx: Prisma.TransactionClient, offences: Offence[]) {
  const col = <T>(f: (o: Offence) => T) => offences.map(f);
  return tx.$queryRaw<
    { id: string; authorHandle: string; accountId: string; count: number; notifiedAt: Date | null }[]
  >`
    INSERT INTO "Offender" (id, "accountId", "authorId", "authorHandle", count, labels, "firstSeenAt", "lastSeenAt")
    SELECT gen_random_uuid()::text, a, au, h, c, string_to_array(l, ','), now(), now()
    FROM unnest(${col((o) => o.accountId)}::text[], ${col((o) => o.authorId)}::text[],
                ${col((o) => o.authorHandle)}::text[], ${col((o) => o.count)}::int[],
                ${col((o) => o.labels.join(','))}::text[]) AS t(a, au, h, c, l)
    ORDER BY a, au
    ON CONFLICT ("accountId", "authorId") DO UPDATE SET
      count = "Offender".count + excluded.count,
      labels = ARRAY(SELECT DISTINCT unnest("Offender".labels || excluded.labels) ORDER BY 1),
      "authorHandle" = excluded."authorHandle",
      "lastSeenAt" = excluded."lastSeenAt"
    RETURNING id, "authorHandle", "accountId", count, "notifiedAt"`;
}

export const markOffendersNotified = (db: Db, ids: string[]) =>
  db.offender.updateMany({ where: { id: { in: ids } }, data: { notifiedAt: new Date() } });

export const findOffender = (db: Db, id: string) => db.offender.findUnique({ where: { id } });

export const recordOffenderMeeting = (
  tx: Db,
  id: string,
  meeting: { meetingAt: Date; meetingNote: string; meetingById: string },
) => tx.offender.update({ where: { id }, data: meeting });

export const setOffenderBlock = (tx: Db, id: string, blockState: string, blockedById: string) =>
  tx.offender.update({ where: { id }, data: { blockState, blockedById, blockedAt: new Date() } });

export const offendersOf = (db: Db, accountIds: string[]) =>
  db.offender.findMany({
    where: { accountId: { in: accountIds } },
    orderBy: { lastSeenAt: 'desc' },
    take: 500,
  });
