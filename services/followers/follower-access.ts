// Who sees which accounts' followers: whoever sees the replies (the marketing officer and the
// headteacher, §2); one account when asked.
import { type Actor, requirePermission, schoolsOf, schoolsWhere } from '../domain/actor.ts';
import { forbidden, notFound } from '../domain/errors.ts';
import { accountsOfSchools, findAccount } from '../repositories/accounts.ts';
import type { Db } from '../repositories/db.ts';

export async function followerAccounts(db: Db, actor: Actor, accountId?: string) {
  const schools = schoolsWhere(actor, 'seeReplies');
  if (!schools.length)
    throw forbidden('Followers are vetted by the marketing officer; the headteacher sees them too.');
  if (!accountId) return accountsOfSchools(db, schools);
  const account = await findAccount(db, accountId);
  if (!account || !schoolsOf(actor).includes(account.schoolId)) throw notFound('That account');
  requirePermission(actor, 'seeReplies', account.schoolId);
  return [account];
}
