// The officer sends a draft back: returned (to edit and resubmit) or rejected (not to go out).
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { changeState } from '../drafts/change-state.ts';
import { loadDraftFor } from '../drafts/draft-access.ts';
import { draftWithComment } from '../drafts/draft-with-comment.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft } from '../repositories/drafts.ts';

export async function declineDraft(
  services: Services,
  actor: Actor,
  id: string,
  action: 'reject' | 'return',
  reason: string,
) {
  const draft = await inTransaction(services.db, async (tx) => {
    const draft = await loadDraftFor(tx, actor, id);
    requirePermission(actor, 'review', draft.schoolId);
    await changeState(tx, { draft, action, actorId: actor.userId, data: { reason } });
    return (await findDraft(tx, id))!;
  });
  await services.feed.publish({ type: 'draft', id, schoolId: draft.schoolId, state: draft.state });
  // The decision as the audit trail recorded it, so the answer matches GET /api/drafts/:id.
  return draftWithComment(services.db, draft);
}
