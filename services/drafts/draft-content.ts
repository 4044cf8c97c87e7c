// What a draft will publish, checked for who may post it where, and hashed for approval.

import { trainingBlocker } from '../accounts/training.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { contentHash } from '../domain/content-hash.ts';
import { AppError } from '../domain/errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { authorisedAccountIds, findAccounts } from '../repositories/accounts.ts';

export interface DraftContent {
  text: string;
  accountIds: string[];
  scheduledAt: Date | null;
}

/** The school the accounts belong to, after checking the actor may post to every one (§3). */
export async function checkTargets(tx: Prisma.TransactionClient, actor: Actor, accountIds: string[]) {
  const unique = [...new Set(accountIds)];
  const accounts = await findAccounts(tx, unique);
  const missing = unique.filter((id) => !accounts.some((a) => a.id === id));
  if (missing.length) throw new AppError('validation_failed', `Unknown account: ${missing.join(', ')}.`);
  const schools = new Set(accounts.map((a) => a.schoolId));
  if (schools.size !== 1)
    throw new AppError('validation_failed', 'A post can only target one school’s accounts.');
  const schoolId = accounts[0]!.schoolId;
  requirePermission(actor, 'draft', schoolId);
  const authorised = await authorisedAccountIds(tx, actor.userId);
  const refused = accounts.filter((a) => !authorised.has(a.id));
  if (refused.length) {
    throw new AppError(
      'forbidden',
      `You are not authorised by the headteacher to post to ${refused.map((a) => a.handle).join(', ')} (§3).`,
    );
  }
  const untrained = await trainingBlocker(tx, actor.userId, unique);
  if (untrained) throw new AppError('forbidden', untrained);
  const inactive = accounts.filter((a) => a.status !== 'ACTIVE');
  if (inactive.length) {
    throw new AppError('invalid_state', `${inactive.map((a) => a.handle).join(', ')} is not active.`);
  }
  return { schoolId, accountIds: unique };
}

/** Photos as the approval sees them: the processed bytes' digest (or, before the scan, the upload's). */
export interface MediaForHash {
  processedSha256: string | null;
  originalSha256: string;
  altText: string;
}

export function hashOf(content: DraftContent, media: MediaForHash[] = []): string {
  return contentHash({
    ...content,
    media: media.map((m) => ({
      sha256: m.processedSha256 ?? `pending:${m.originalSha256}`,
      altText: m.altText,
    })),
  });
}

export function requireFutureOrNone(scheduledAt: Date | null, now = new Date()): void {
  if (scheduledAt && scheduledAt.getTime() < now.getTime() - 60_000) {
    throw new AppError(
      'validation_failed',
      'The scheduled time is in the past; choose a later time or none.',
    );
  }
}
