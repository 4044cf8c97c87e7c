// An account's sealed platform credentials and the expiry of its token. Only ever the sealed
// bytes pass through here; callers seal and open them with the credential vault.
import type { Db } from './db.ts';

/** Holds the account row until the transaction ends, so two workers never renew one token at once. */
export async function lockAccount(tx: Db, accountId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Account" WHERE id = ${accountId} FOR UPDATE`;
}

export function saveConnection(
  tx: Db,
  accountId: string,
  connection: { credentials: Uint8Array<ArrayBuffer>; tokenExpiresAt: Date | null },
) {
  return tx.account.update({
    where: { id: accountId },
    data: { ...connection, connectedAt: new Date(), expiryWarnedDays: null },
  });
}

/** Connected accounts whose token expires before `before` and was not yet warned about at `days`. */
export const accountsExpiringBefore = (db: Db, before: Date, days: number) =>
  db.account.findMany({
    where: {
      credentials: { not: null },
      tokenExpiresAt: { not: null, lte: before },
      OR: [{ expiryWarnedDays: null }, { expiryWarnedDays: { gt: days } }],
    },
  });

export const markExpiryWarned = (tx: Db, accountId: string, days: number) =>
  tx.account.update({ where: { id: accountId }, data: { expiryWarnedDays: days } });
