// Training dates on authorisations to post (§3/§11), and the school's refresh period.
import type { Db } from './db.ts';

const withPeriod = {
  user: { select: { name: true } },
  account: { select: { handle: true, schoolId: true, school: { select: { trainingRefreshDays: true } } } },
} as const;

/** The live authorisations of one person on these accounts, with each school's refresh period. */
export const liveAuthorisations = (db: Db, userId: string, accountIds: string[]) =>
  db.accountAuthorisation.findMany({
    where: { userId, accountId: { in: accountIds }, revokedAt: null },
    include: withPeriod,
  });

/** Every live authorisation not yet reminded at `days` (or nearer); filtered by date by the caller. */
export const authorisationsToRemind = (db: Db, days: number) =>
  db.accountAuthorisation.findMany({
    where: { revokedAt: null, OR: [{ trainingRemindedDays: null }, { trainingRemindedDays: { gt: days } }] },
    include: withPeriod,
  });

export const markTrainingReminded = (tx: Db, id: string, days: number) =>
  tx.accountAuthorisation.update({ where: { id }, data: { trainingRemindedDays: days } });

/** Refreshed training: a new date, and the reminders start over. */
export async function setTrainedAt(
  tx: Db,
  accountId: string,
  userId: string,
  trainedAt: Date,
): Promise<number> {
  const { count } = await tx.accountAuthorisation.updateMany({
    where: { accountId, userId, revokedAt: null },
    data: { trainedAt, trainingRemindedDays: null },
  });
  return count;
}
