// §3: "anyone with authorisation to post … [is] provided with training on the platform and the
// rules around what can be posted". Posting is refused once that training is older than the
// school's refresh period; the marketing officer hears 30 and 7 days before it lapses.
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { TRAINING_REMINDER_DAYS, trainingLapsed, trainingLapsesAt, ukDate } from '../domain/training.ts';
import { announceNotice, type Notice, recordNotice } from '../notices/notify.ts';
import { findAccount } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import type { Db } from '../repositories/db.ts';
import { inTransaction } from '../repositories/db.ts';
import { findSchool } from '../repositories/schools.ts';
import {
  authorisationsToRemind,
  liveAuthorisations,
  markTrainingReminded,
  setTrainedAt,
} from '../repositories/training.ts';

const DAY_MS = 24 * 3600_000;

/** Why this person may not post to these accounts now because of lapsed training; or nothing. */
export async function trainingBlocker(
  db: Db,
  userId: string,
  accountIds: string[],
  now = new Date(),
): Promise<string | undefined> {
  const lapsed = (await liveAuthorisations(db, userId, accountIds)).filter((a) =>
    trainingLapsed(a.trainedAt, a.account.school.trainingRefreshDays, now),
  );
  if (!lapsed.length) return undefined;
  const [first] = lapsed;
  return `${first!.user.name}’s training to post on ${lapsed.map((a) => a.account.handle).join(', ')} lapsed on ${ukDate.format(
    trainingLapsesAt(first!.trainedAt, first!.account.school.trainingRefreshDays),
  )} (trained ${ukDate.format(first!.trainedAt)}); the marketing officer must record refreshed training first (§3).`;
}

/** The officer (or headteacher) records that a person has been trained, or retrained. */
export async function recordTraining(
  services: Services,
  actor: Actor,
  accountId: string,
  userId: string,
  trainedAt: Date,
) {
  if (trainedAt.getTime() > Date.now()) {
    throw new AppError('validation_failed', 'Record training once it has happened, not in advance.');
  }
  return inTransaction(services.db, async (tx) => {
    const account = await findAccount(tx, accountId);
    if (!account || !actor.memberships.some((m) => m.schoolId === account.schoolId))
      throw notFound('That account');
    requirePermission(actor, 'recordTraining', account.schoolId);
    if ((await setTrainedAt(tx, accountId, userId, trainedAt)) === 0) {
      throw notFound('A live authorisation for that person on this account');
    }
    await appendAudit(tx, {
      schoolId: account.schoolId,
      actorId: actor.userId,
      action: 'account.training',
      subjectType: 'account',
      subjectId: accountId,
      data: { userId, trainedAt: trainedAt.toISOString() },
    });
    const { trainingRefreshDays } = (await findSchool(tx, account.schoolId))!;
    return {
      accountId,
      userId,
      trainedAt: trainedAt.toISOString(),
      trainingLapsesAt: trainingLapsesAt(trainedAt, trainingRefreshDays).toISOString(),
    };
  });
}

/** The sweep's reminders: once per threshold, nearest threshold only. */
export async function remindOfTraining(services: Services, now = new Date()): Promise<number> {
  let sent = 0;
  for (const days of TRAINING_REMINDER_DAYS) {
    const horizon = now.getTime() + days * DAY_MS;
    const due = (await authorisationsToRemind(services.db, days)).filter(
      (a) => trainingLapsesAt(a.trainedAt, a.account.school.trainingRefreshDays).getTime() <= horizon,
    );
    for (const a of due) {
      const lapsesAt = trainingLapsesAt(a.trainedAt, a.account.school.trainingRefreshDays);
      const lapsed = lapsesAt.getTime() <= now.getTime();
      const notice: Notice = {
        schoolId: a.account.schoolId,
        kind: 'account.training-due',
        subjectType: 'account',
        subjectId: a.accountId,
        to: ['MARKETING_OFFICER'],
        message: `${a.user.name}’s training to post on ${a.account.handle} ${lapsed ? 'lapsed' : 'lapses'} on ${ukDate.format(
          lapsesAt,
        )}; ${lapsed ? 'they cannot post until' : 'after that they cannot post until'} refreshed training is recorded.`,
      };
      await inTransaction(services.db, async (tx) => {
        await markTrainingReminded(tx, a.id, days);
        await recordNotice(tx, notice);
      });
      await announceNotice(services.feed, notice);
      sent += 1;
    }
  }
  return sent;
}
