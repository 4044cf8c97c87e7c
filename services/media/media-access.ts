// Who may do what to a draft's photos: the author changes them while the draft is theirs to
// edit; reviewers (the marketing officer) may also look at originals and fix blurring.
import type { Services } from '../context.ts';
import { type Actor, can } from '../domain/actor.ts';
import { forbidden, notFound } from '../domain/errors.ts';
import { mayView } from '../drafts/draft-access.ts';
import type { Db } from '../repositories/db.ts';
import { findMedia } from '../repositories/media.ts';
import { scanRevision } from './scan-revision.ts';

export type MediaRole = 'author' | 'reviewer';

export async function loadMediaFor(db: Db, actor: Actor, mediaId: string) {
  const media = await findMedia(db, mediaId);
  if (!media || !mayView(actor, media.draft)) throw notFound('That photo');
  return media;
}

/** The capacity in which the actor may change this draft's photos. */
export function roleFor(actor: Actor, draft: { schoolId: string; authorId: string }): MediaRole {
  if (can(actor, 'review', draft.schoolId)) return draft.authorId === actor.userId ? 'author' : 'reviewer';
  if (draft.authorId === actor.userId) return 'author';
  throw forbidden('Only the author or the marketing officer may change this draft’s photos.');
}

export function requireReviewer(actor: Actor, draft: { schoolId: string }): void {
  if (!can(actor, 'review', draft.schoolId))
    throw forbidden('Only a reviewer may see or fix the original photo.');
}

/** After the transaction: scan what changed and re-check the draft if it is in checks. */
export async function followUp(
  services: Services,
  result: { draftId: string; schoolId: string; contentHash: string; state: string; checkAgain: boolean },
  scanMediaIds: string[],
) {
  for (const mediaId of scanMediaIds) await enqueueScan(services, mediaId);
  if (result.checkAgain) {
    await services.queue.enqueue('text-check', { draftId: result.draftId, contentHash: result.contentHash });
  }
  await services.feed.publish({
    type: 'draft',
    id: result.draftId,
    schoolId: result.schoolId,
    state: result.state,
  });
}

/** Asks for a scan of the photo's current inputs (a no-op if that scan is already queued). */
export async function enqueueScan(services: Services, mediaId: string): Promise<void> {
  const media = await findMedia(services.db, mediaId);
  if (media) await services.queue.enqueue('media-scan', { mediaId, revision: scanRevision(media) });
}
