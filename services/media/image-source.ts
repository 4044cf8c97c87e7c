// Where a photo comes from (§3 copyright), declared by its author at upload or afterwards. A
// declaration is part of what the approver relied on, so changing it once the draft has left
// the author's hands counts as an edit (the author's) or sends it back through checks (a reviewer's).
import { type ImageSource, NEEDS_NOTE } from '../../policies/media/image-rights.ts';
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { canTransition } from '../domain/draft-state.ts';
import { AppError } from '../domain/errors.ts';
import { changeState } from '../drafts/change-state.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft, voidApprovals } from '../repositories/drafts.ts';
import { findMedia, setImageSource } from '../repositories/media.ts';
import { followUp, loadMediaFor, roleFor } from './media-access.ts';
import { mediaView } from './media-view.ts';

export interface SourceDeclaration {
  source: ImageSource;
  sourceNote?: string | null;
}

/** The declaration as it will be kept; licensed or other images must say what allows posting them. */
export function checkedDeclaration(declared: SourceDeclaration) {
  const sourceNote = declared.sourceNote?.trim() || null;
  if (NEEDS_NOTE.includes(declared.source) && !sourceNote) {
    throw new AppError(
      'validation_failed',
      'Say what allows the school to post this image: the licence, or whose permission and when.',
    );
  }
  return { source: declared.source, sourceNote };
}

export async function declareImageSource(
  services: Services,
  actor: Actor,
  mediaId: string,
  declared: SourceDeclaration,
) {
  const kept = checkedDeclaration(declared);
  const result = await inTransaction(services.db, async (tx) => {
    const media = await loadMediaFor(tx, actor, mediaId);
    const { draft } = media;
    const role = roleFor(actor, draft);
    await setImageSource(tx, media.id, kept);
    await appendAudit(tx, {
      schoolId: draft.schoolId,
      actorId: actor.userId,
      action: 'media.source',
      subjectType: 'media',
      subjectId: media.id,
      data: {
        draftId: draft.id,
        before: { source: media.source, sourceNote: media.sourceNote },
        after: kept,
      },
    });
    const action = role === 'author' ? 'edit' : 'recheck';
    let state = draft.state;
    if (draft.state !== 'DRAFT' && canTransition(draft.state, action)) {
      const voided = await voidApprovals(tx, draft.id);
      state = await changeState(tx, {
        draft,
        action,
        actorId: actor.userId,
        data: { approvalsVoided: voided },
      });
    }
    const { contentHash } = (await findDraft(tx, draft.id))!;
    return {
      draftId: draft.id,
      schoolId: draft.schoolId,
      contentHash,
      state,
      checkAgain: state === 'SUBMITTED',
    };
  });
  await followUp(services, result, []);
  return mediaView((await findMedia(services.db, mediaId))!);
}
