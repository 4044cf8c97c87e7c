// One click after fixing what made a post fail (reconnected account, restored consent):
// FAILED -> APPROVED (-> SCHEDULED if its time is still ahead) and its failed publications go
// back in the queue. Publications already out stay as they are, so nothing is posted twice.
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import { changeState } from '../drafts/change-state.ts';
import { loadDraftFor } from '../drafts/draft-access.ts';
import { draftView } from '../drafts/draft-view.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft } from '../repositories/drafts.ts';
import { updatePublication } from '../repositories/publications.ts';

export async function retryPublishing(services: Services, actor: Actor, id: string) {
  const { draft, again } = await inTransaction(services.db, async (tx) => {
    const draft = await loadDraftFor(tx, actor, id);
    requirePermission(actor, 'review', draft.schoolId);
    if (draft.state !== 'FAILED') {
      throw new AppError(
        'invalid_state',
        `Only a post that failed can be retried; this one is ${draft.state}.`,
      );
    }
    const approved = await changeState(tx, { draft, action: 'retry', actorId: actor.userId });
    if (draft.scheduledAt && draft.scheduledAt.getTime() > Date.now()) {
      await changeState(tx, {
        draft: { ...draft, state: approved },
        action: 'schedule',
        actorId: actor.userId,
      });
    }
    const again = draft.publications.filter((p) => p.state !== 'PUBLISHED' && p.state !== 'TAKEN_DOWN');
    for (const p of again) await updatePublication(tx, p.id, { state: 'PENDING', error: null });
    await appendAudit(tx, {
      schoolId: draft.schoolId,
      actorId: actor.userId,
      action: 'publication.retry',
      subjectType: 'draft',
      subjectId: id,
      data: { publications: again.map((p) => p.id) },
    });
    return { draft: (await findDraft(tx, id))!, again };
  });
  const delay = draft.scheduledAt ? draft.scheduledAt.getTime() - Date.now() : 0;
  for (const p of again) await services.queue.enqueue('publish', { publicationId: p.id }, delay);
  await services.feed.publish({ type: 'draft', id, schoolId: draft.schoolId, state: draft.state });
  return draftView(draft);
}
