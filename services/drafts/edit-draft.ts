// Changing a draft's content voids any approval: the approver approved something else.
import type { Services } from '../context.ts';
import { type Actor, can } from '../domain/actor.ts';
import { canTransition } from '../domain/draft-state.ts';
import { AppError, forbidden } from '../domain/errors.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { updateDraftContent, voidApprovals } from '../repositories/drafts.ts';
import { loadDraftFor } from './draft-access.ts';
import { checkTargets, type DraftContent, hashOf, requireFutureOrNone } from './draft-content.ts';
import { draftView } from './draft-view.ts';

export async function editDraft(services: Services, actor: Actor, id: string, patch: Partial<DraftContent>) {
  const updated = await inTransaction(services.db, async (tx) => {
    const draft = await loadDraftFor(tx, actor, id);
    if (draft.authorId !== actor.userId && !can(actor, 'review', draft.schoolId)) {
      throw forbidden('Only the author or the marketing officer may edit this draft.');
    }
    if (!canTransition(draft.state, 'edit')) {
      throw new AppError(
        'invalid_state',
        `A draft that is ${draft.state.toLowerCase()} can no longer be edited.`,
      );
    }
    const next: DraftContent = {
      text: patch.text ?? draft.text,
      accountIds: patch.accountIds ?? draft.targets.map((t) => t.accountId),
      scheduledAt: patch.scheduledAt === undefined ? draft.scheduledAt : patch.scheduledAt,
    };
    if (patch.scheduledAt !== undefined) requireFutureOrNone(next.scheduledAt);
    const { accountIds, schoolId } = await checkTargets(tx, actor, next.accountIds);
    if (schoolId !== draft.schoolId)
      throw new AppError('validation_failed', 'A draft cannot move to another school.');
    const hash = hashOf({ ...next, accountIds }, draft.media);
    if (hash === draft.contentHash) return draft;
    const voided = await voidApprovals(tx, id);
    const saved = await updateDraftContent(tx, id, {
      ...next,
      accountIds,
      contentHash: hash,
      editorId: actor.userId,
      state: 'DRAFT',
    });
    await appendAudit(tx, {
      schoolId,
      actorId: actor.userId,
      action: 'draft.edit',
      subjectType: 'draft',
      subjectId: id,
      data: {
        from: draft.state,
        to: 'DRAFT',
        before: draft.contentHash,
        after: hash,
        approvalsVoided: voided,
      },
    });
    return saved;
  });
  await services.feed.publish({ type: 'draft', id, schoolId: updated.schoolId, state: updated.state });
  return draftView(updated);
}
