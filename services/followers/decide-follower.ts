// The marketing officer approves, removes or blocks a follower (§2). Remove and block go through
// the platform first, where its API allows; only what really happened there is recorded, and
// every decision is audited in the same transaction.
import { followerActions } from '../adapters/platforms/follower-support.ts';
import { PlatformError } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import { type Actor, requirePermission, schoolsOf } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { decisionRefusal, decisionResult, type FollowerDecision } from '../domain/follower-decision.ts';
import { platformLabel } from '../domain/platform-names.ts';
import type { Account, Follower } from '../generated/prisma/client.ts';
import { findAccount } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { findFollower, recordFollowerDecision } from '../repositories/followers.ts';
import { followerView } from './follower-views.ts';

/** Makes the decision happen on the platform; false when its API refused for this account. */
async function onPlatform(
  services: Services,
  account: Account,
  follower: Follower,
  decision: FollowerDecision,
) {
  if (decision === 'approve') return true;
  const adapter = services.platforms.adapterFor(account);
  const outcome =
    decision === 'block'
      ? await (adapter.blockAuthor?.(follower.platformUserId) ?? 'not_allowed')
      : await (adapter.removeFollower?.(follower.platformUserId) ?? 'not_allowed');
  return outcome !== 'not_allowed';
}

export async function decideFollower(
  services: Services,
  actor: Actor,
  id: string,
  decision: FollowerDecision,
) {
  const { db } = services;
  const follower = await findFollower(db, id);
  const account = follower && (await findAccount(db, follower.accountId));
  if (!follower || !account || !schoolsOf(actor).includes(account.schoolId)) throw notFound('That follower');
  requirePermission(actor, 'moderateReplies', account.schoolId);
  const support = followerActions(account.platform, follower.isRequest)[decision];
  if (!support.available)
    throw new AppError('conflict', support.note ?? `${platformLabel[account.platform]} cannot do that.`);
  const refusal = decisionRefusal(follower.status, decision);
  if (refusal) throw new AppError('invalid_state', refusal);
  let done: boolean;
  try {
    done = await onPlatform(services, account, follower, decision);
  } catch (error) {
    if (error instanceof PlatformError)
      throw new AppError(
        'conflict',
        `${account.handle} could not ${decision} ${follower.handle}: ${error.message}`,
      );
    throw error;
  }
  if (!done)
    throw new AppError(
      'conflict',
      `${platformLabel[account.platform]} refused to ${decision} ${follower.handle} for ${account.handle}. ${support.note ?? ''}`.trim(),
    );
  const status = decisionResult[decision];
  const recorded = await inTransaction(db, async (tx) => {
    const { count } = await recordFollowerDecision(tx, id, follower.status, status, actor.userId);
    // Someone else decided first. What this officer's decision did on the platform (a block, a
    // removal) has still happened there, so it is audited all the same.
    if (!count && decision === 'approve') return false;
    await appendAudit(tx, {
      schoolId: account.schoolId,
      actorId: actor.userId,
      action: `follower.${decision}`,
      subjectType: 'follower',
      subjectId: id,
      data: {
        account: account.handle,
        platform: account.platform,
        follower: follower.handle,
        isRequest: follower.isRequest,
        from: follower.status,
        nameMatches: follower.nameMatches,
        ...(count ? {} : { overtaken: true }),
      },
    });
    return count > 0;
  });
  if (!recorded)
    throw new AppError(
      'invalid_state',
      decision === 'approve'
        ? 'Someone else decided about this follower just now; reload to see it.'
        : `${follower.handle} was ${decision === 'block' ? 'blocked' : 'removed'} on ${platformLabel[account.platform]}, but someone else decided about them here just now; reload to see both.`,
    );
  return followerView((await findFollower(db, id))!, account);
}
