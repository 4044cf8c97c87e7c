// Repeat authors per account (§5).
import type { Db } from './db.ts';

export const offenderOf = (db: Db, accountId: string, authorId: string) =>
  db.offender.findUnique({ where: { accountId_authorId: { accountId, authorId } } });

export function saveOffender(
  db: Db,
  key: { accountId: string; authorId: string },
  data: { authorHandle: string; count: number; labels: string[]; lastSeenAt: Date; notifiedAt?: Date },
) {
  return db.offender.upsert({
    where: { accountId_authorId: key },
    create: { ...key, ...data },
    update: data,
  });
}

export const offendersOf = (db: Db, accountIds: string[]) =>
  db.offender.findMany({
    where: { accountId: { in: accountIds } },
    orderBy: { lastSeenAt: 'desc' },
    take: 500,
  });
