// Accounts as Appendix C brings them into being: created PENDING at final approval, put to use
// when the ICT technician connects them.
import type { Platform } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export const accountByHandle = (db: Db, platform: Platform, handle: string) =>
  db.account.findUnique({ where: { platform_handle: { platform, handle } } });

export const createPendingAccount = (
  db: Db,
  account: { schoolId: string; platform: Platform; handle: string },
) => db.account.create({ data: { ...account, status: 'PENDING' } });

/** Connecting an approved account puts it to use; a suspended account stays suspended. */
export const activatePendingAccount = (db: Db, id: string) =>
  db.account.updateMany({ where: { id, status: 'PENDING' }, data: { status: 'ACTIVE' } });
