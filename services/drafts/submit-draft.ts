import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { can } from '../domain/actor.ts';
import type { DraftAction } from '../domain/draft-state.ts';
import { forbidden } from '../domain/errors.ts';
import { draftChanged, moveDraft, versionRecorded } from '../repositories/drafts.ts';
import { plannedStates } from './change-state.ts';
import { loadDraftFor } from './draft-access.ts';
import { draftView } from './draft-view.ts';

/** An author's own action on their draft (submit for checks, or withdraw it). */
async function authorAction(services: Services, actor: Actor, id: string, action: DraftAction) {
  const draft = await loadDraftFor(services.db, actor, id);
  if (draft.authorId !== actor.userId && !can(actor, 'review', draft.schoolId)) {
    throw forbidden('Only the author or the marketing officer may do this.');
  }
  const { to, audit } = plannedStates({ draft, actorId: actor.userId, steps: [{ action }] });
  // Every post is submitted at least once: the move, its version and its audit in one statement.
  const moved = await moveDraft(
    services.db,
    // A withdrawal stands whatever changed meanwhile; a submission is of the draft as read.
    { draftId: id, from: draft.state, ...(action === 'submit' ? { read: draft } : {}), to, audit },
    action === 'submit' ? [versionRecorded(draft, actor.userId)] : [],
  );
  if (!moved) throw draftChanged();
  await services.feed.publish({ type: 'draft', id, schoolId: draft.schoolId, state: to });
  // As saved, without loading it all again (the update stamped updatedAt just before now).
  return { ...draft, state: to, updatedAt: new Date() };
}

export async function submitDraft(services: Services, actor: Actor, id: string) {
  const draft = await authorAction(services, actor, id, 'submit');
  // After the commit, so the worker never sees a draft the transaction has not saved.
  await services.queue.enqueue('text-check', { draftId: id, contentHash: draft.contentHash });
  return draftView(draft);
}

export async function withdrawDraft(services: Services, actor: Actor, id: string) {
  return draftView(await authorAction(services, actor, id, 'withdraw'));
}
