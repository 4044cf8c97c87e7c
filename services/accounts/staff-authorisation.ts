// §3: only staff authorised by the headteacher post to an account. The headteacher (or a trust
// admin) grants and revokes that per account; a revocation also holds the person's drafts that
// are already approved, because the publish re-check asks again just before posting.
import type { Services } from '../context.ts';
import { type Actor, can, requirePermission } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { trainingLapsesAt } from '../domain/training.ts';
import { authorisationsOf, authorise, findAccount, revokeAuthorisation } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import type { Db } from '../repositories/db.ts';
import { inTransaction } from '../repositories/db.ts';
import { findUserByEmail, membershipsOf } from '../repositories/people.ts';
import { findSchool } from '../repositories/schools.ts';

/** The account, if the actor may manage who posts to it; other schools' accounts are "not found". */
async function accountFor(db: Db, actor: Actor, accountId: string) {
  const account = await findAccount(db, accountId);
  if (!account || !actor.memberships.some((m) => m.schoolId === account.schoolId))
    throw notFound('That account');
  requirePermission(actor, 'authoriseStaff', account.schoolId);
  return account;
}

export async function listAuthorisations(services: Services, actor: Actor, accountId: string) {
  const account = await accountFor(services.db, actor, accountId);
  const rows = await authorisationsOf(services.db, accountId);
  const { trainingRefreshDays } = (await findSchool(services.db, account.schoolId))!;
  return rows.map((r) => ({
    userId: r.userId,
    name: r.user.name,
    email: r.user.email,
    grantedById: r.grantedById,
    grantedAt: r.grantedAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    trainedAt: r.trainedAt.toISOString(),
    trainingLapsesAt: trainingLapsesAt(r.trainedAt, trainingRefreshDays).toISOString(),
  }));
}

/** Who to authorise: by id, or by the email the headteacher knows them by. */
export type Colleague = { userId: string } | { email: string };

/** The colleague with their roles, if they belong to this school; anyone else is refused alike. */
async function colleagueAt(db: Db, who: Colleague, schoolId: string) {
  const userId = 'userId' in who ? who.userId : (await findUserByEmail(db, who.email))?.id;
  const memberships = userId ? await membershipsOf(db, userId) : [];
  // One answer for "no such person" and "someone at another school": a headteacher learns
  // nothing about who uses Gatepost elsewhere.
  if ('email' in who && !memberships.some((m) => m.schoolId === schoolId)) {
    throw new AppError(
      'not_found',
      `Nobody at this school signs in to Gatepost as ${who.email.trim()}. Check the address, or invite them as staff first.`,
    );
  }
  return { userId: userId!, memberships };
}

export async function authoriseStaff(
  services: Services,
  actor: Actor,
  accountId: string,
  who: Colleague,
  trainedAt = new Date(),
) {
  if (trainedAt.getTime() > Date.now()) {
    throw new AppError('validation_failed', 'Record training once it has happened, not in advance.');
  }
  await inTransaction(services.db, async (tx) => {
    const account = await accountFor(tx, actor, accountId);
    const person = await colleagueAt(tx, who, account.schoolId);
    const { userId } = person;
    if (!can(person, 'draft', account.schoolId)) {
      throw new AppError(
        'validation_failed',
        'That person holds no role at this school that may draft posts; invite them as staff first.',
      );
    }
    await authorise(tx, accountId, userId, actor.userId, trainedAt);
    await appendAudit(tx, {
      schoolId: account.schoolId,
      actorId: actor.userId,
      action: 'account.authorise',
      subjectType: 'account',
      subjectId: accountId,
      data: { userId, trainedAt: trainedAt.toISOString() },
    });
  });
  return listAuthorisations(services, actor, accountId);
}

export async function revokeStaff(services: Services, actor: Actor, accountId: string, userId: string) {
  await inTransaction(services.db, async (tx) => {
    const account = await accountFor(tx, actor, accountId);
    if ((await revokeAuthorisation(tx, accountId, userId)) === 0) {
      throw notFound('An authorisation for that person on this account');
    }
    await appendAudit(tx, {
      schoolId: account.schoolId,
      actorId: actor.userId,
      action: 'account.deauthorise',
      subjectType: 'account',
      subjectId: accountId,
      data: { userId },
    });
  });
  return listAuthorisations(services, actor, accountId);
}
