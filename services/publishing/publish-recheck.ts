// Just before publishing (DESIGN.md): the approval still covers exactly this content, the
// author is still authorised, the account is still active, every pupil named may still be
// named. Any failure holds the post.
import { trainingBlocker } from '../accounts/training.ts';
import { platformNames } from '../checks/check-for-accounts.ts';
import { namingConsentFindings } from '../consent/naming-consent.ts';
import type { Account } from '../generated/prisma/client.ts';
import { visibleFaceWithoutConsent } from '../media/publish-media.ts';
import { isAuthorised } from '../repositories/accounts.ts';
import type { Db } from '../repositories/db.ts';
import type { DraftDetail } from '../repositories/drafts.ts';

/** The reason this publication must not go out now, in words for the officer; or nothing. */
export async function publishBlocker(
  db: Db,
  draft: DraftDetail,
  account: Account,
): Promise<string | undefined> {
  const approval = draft.approvals[0];
  if (!approval || approval.contentHash !== draft.contentHash) {
    return 'The approval no longer matches the post’s content; it needs a new approval.';
  }
  if (!(await isAuthorised(db, draft.authorId, account.id))) {
    return `The author is no longer authorised to post to ${account.handle}.`;
  }
  const untrained = await trainingBlocker(db, draft.authorId, [account.id]);
  if (untrained) return untrained;
  if (account.status !== 'ACTIVE') return `${account.handle} is ${account.status.toLowerCase()}, not active.`;
  // Consent may have been withdrawn or expired since approval (or will have by the scheduled time).
  const [refused] = await namingConsentFindings(db, {
    schoolId: draft.schoolId,
    text: draft.text,
    platforms: [platformNames[account.platform]!],
    withPhoto: draft.media.length > 0,
  });
  if (refused) return refused.message;
  return visibleFaceWithoutConsent(db, draft.media, platformNames[account.platform]!);
}
