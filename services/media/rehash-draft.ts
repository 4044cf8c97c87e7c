// A photo's change is a change of what would be published: the draft's content hash moves,
// any approval is void, and the draft goes back to its author (or, when a reviewer or the
// scanner made the change, back through checks by itself).

import { canTransition, type DraftAction } from '../domain/draft-state.ts';
import { changeState } from '../drafts/change-state.ts';
import { hashOf } from '../drafts/draft-content.ts';
import type { DraftState, Prisma } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
import { findDraft, setContentHash, voidApprovals } from '../repositories/drafts.ts';

export interface Rehashed {
  draftId: string;
  schoolId: string;
  contentHash: string;
  state: DraftState;
  /** The draft is in checks and needs a text-check for its new hash. */
  checkAgain: boolean;
}

export async function rehashDraft(
  tx: Prisma.TransactionClient,
  draftId: string,
  by: { actorId: string | null; as: 'author' | 'reviewer' | 'scanner' },
): Promise<Rehashed> {
  const draft = (await findDraft(tx, draftId))!;
  const contentHash = hashOf(
    { text: draft.text, accountIds: draft.targets.map((t) => t.accountId), scheduledAt: draft.scheduledAt },
    draft.media,
  );
  const result = { draftId, schoolId: draft.schoolId, contentHash, state: draft.state, checkAgain: false };
  if (contentHash === draft.contentHash) return result;
  const voided = await voidApprovals(tx, draftId);
  await setContentHash(tx, draftId, contentHash, by.as === 'author' ? by.actorId : null);
  await appendAudit(tx, {
    schoolId: draft.schoolId,
    actorId: by.actorId,
    action: 'draft.media-changed',
    subjectType: 'draft',
    subjectId: draftId,
    data: { before: draft.contentHash, after: contentHash, approvalsVoided: voided, by: by.as },
  });
  const action: DraftAction | undefined =
    by.as === 'author'
      ? draft.state === 'DRAFT'
        ? undefined
        : 'edit'
      : canTransition(draft.state, 'recheck')
        ? 'recheck'
        : undefined;
  if (action) result.state = await changeState(tx, { draft, action, actorId: by.actorId });
  result.checkAgain = result.state === 'SUBMITTED' || result.state === 'CHECKING';
  return result;
}
