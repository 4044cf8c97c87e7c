// Taking a published post down (e.g. consent withdrawn after publication): the marketing
// officer confirms the request, then a job per publication deletes the post on its platform
// through the account's adapter. The draft is TAKEN_DOWN once every publication is.
import { PlatformError } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import { changeState } from '../drafts/change-state.ts';
import { loadDraftFor } from '../drafts/draft-access.ts';
import { draftView } from '../drafts/draft-view.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft, lockDraft } from '../repositories/drafts.ts';
import { findPublication, publicationsOfDraft, updatePublication } from '../repositories/publications.ts';
import { isLastAttempt, type JobControl } from './job-control.ts';

/** Moves the draft to TAKEN_DOWN when none of its posts is still up. */
async function finishIfAllDown(tx: Parameters<Parameters<typeof inTransaction>[1]>[0], draftId: string) {
  const draft = (await findDraft(tx, draftId))!;
  const all = await publicationsOfDraft(tx, draftId);
  if (draft.state !== 'TAKEDOWN_REQUESTED' || all.some((p) => p.state === 'PUBLISHED')) return draft.state;
  return changeState(tx, { draft, action: 'takenDown', actorId: null });
}

export async function takedownDraft(services: Services, actor: Actor, id: string) {
  const { draft, pending } = await inTransaction(services.db, async (tx) => {
    const draft = await loadDraftFor(tx, actor, id);
    requirePermission(actor, 'review', draft.schoolId);
    if (draft.state !== 'TAKEDOWN_REQUESTED') {
      throw new AppError(
        'invalid_state',
        `Only a post with a takedown request can be taken down; this one is ${draft.state}.`,
      );
    }
    const pending = draft.publications.filter((p) => p.state === 'PUBLISHED');
    await appendAudit(tx, {
      schoolId: draft.schoolId,
      actorId: actor.userId,
      action: 'draft.takedown-confirmed',
      subjectType: 'draft',
      subjectId: id,
      data: { publications: pending.map((p) => p.id) },
    });
    await finishIfAllDown(tx, id);
    return { draft: (await findDraft(tx, id))!, pending };
  });
  for (const p of pending) await services.queue.enqueue('takedown', { publicationId: p.id });
  await services.feed.publish({ type: 'draft', id, schoolId: draft.schoolId, state: draft.state });
  return draftView(draft);
}

export async function takeDownPublication(services: Services, publicationId: string, job: JobControl) {
  const publication = await findPublication(services.db, publicationId);
  if (publication?.state !== 'PUBLISHED' || publication.draft.state !== 'TAKEDOWN_REQUESTED') return;
  try {
    if (publication.platformPostId) {
      await services.platforms.adapterFor(publication.account).delete(publication.platformPostId);
    }
  } catch (error) {
    if (error instanceof PlatformError && error.kind === 'rate_limited')
      await job.retryLater(error.retryAfterMs ?? 60_000);
    const permanent = error instanceof PlatformError && (error.kind === 'auth' || error.kind === 'rejected');
    if (!permanent && !isLastAttempt(job)) throw error;
    // The post is still up: the officer sees why and must remove it by hand or reconnect.
    const message = error instanceof Error ? error.message : String(error);
    await updatePublication(services.db, publicationId, { error: `Taking the post down failed: ${message}` });
    services.log.warn({ publicationId, err: message }, 'takedown failed');
    return;
  }
  const state = await inTransaction(services.db, async (tx) => {
    await lockDraft(tx, publication.draftId);
    await updatePublication(tx, publicationId, { state: 'TAKEN_DOWN', error: null });
    await appendAudit(tx, {
      schoolId: publication.draft.schoolId,
      actorId: null,
      action: 'publication.taken-down',
      subjectType: 'publication',
      subjectId: publicationId,
      data: {
        draftId: publication.draftId,
        accountId: publication.accountId,
        platformPostId: publication.platformPostId,
      },
    });
    return finishIfAllDown(tx, publication.draftId);
  });
  await services.feed.publish({
    type: 'draft',
    id: publication.draftId,
    schoolId: publication.draft.schoolId,
    state,
  });
}
