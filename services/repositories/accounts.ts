// School social media accounts and who is authorised to post to them (§3).
import type { Db } from './db.ts';

export const findAccount = (db: Db, id: string) => db.account.findUnique({ where: { id } });

/** The account something of it (a reply, a publication) points to: a foreign key, so it is there. */
export const accountOf = (db: Db, id: string) => db.account.findUniqueOrThrow({ where: { id } });

export const accountsOfSchools = (db: Db, schoolIds: string[]) =>
  db.account.findMany({ where: { schoolId: { in: schoolIds } }, orderBy: { handle: 'asc' } });

export const findAccounts = (db: Db, ids: string[]) => db.account.findMany({ where: { id: { in: ids } } });

/** Ids of accounts the user is currently authorised to post to. */
export async function authorisedAccountIds(db: Db, userId: string): Promise<Set<string>> {
  const rows = await db.accountAuthorisation.findMany({
    where: { userId, revokedAt: null },
    select: { accountId: true },
  });
  return new Set(rows.map((r) => r.accountId));
}

export async function isAuthorised(db: Db, userId: string, accountId: string): Promise<boolean> {
  const row = await db.accountAuthorisation.findUnique({
    where: { accountId_userId: { accountId, userId } },
  });
  return !!row && row.revokedAt === null;
}

/** `trainedAt`: when the person was trained on the platform and the rules (default: now). */
export function authorise(
  db: Db,
  accountId: string,
  userId: string,
  grantedById: string | null,
  trainedAt = new Date(),
) {
  return db.accountAuthorisation.upsert({
    where: { accountId_userId: { accountId, userId } },
    create: { accountId, userId, grantedById, trainedAt },
    update: { revokedAt: null, grantedById, grantedAt: new Date(), trainedAt, trainingRemindedDays: null },
  });
}

/** Everyone ever authorised on the account, current first; revoked rows are kept as history. */
export const authorisationsOf = (db: Db, accountId: string) =>
  db.accountAuthorisation.findMany({
    where: { accountId },
    include: { user: { select: { name: true, email: true } } },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { grantedAt: 'asc' }],
  });

/** Returns how many live authorisations were revoked (0 when there was none). */
export async function revokeAuthorisation(db: Db, accountId: string, userId: string): Promise<number> {
  const { count } = await db.accountAuthorisation.updateMany({
    where: { accountId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
