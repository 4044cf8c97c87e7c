// The publish job for one (draft, account). Exactly once: the platform's post id is saved
// with the publication, and before any attempt the platform is asked whether the post
// already exists (a previous attempt may have been accepted and then lost).
import { PlatformError } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import { changeState } from '../drafts/change-state.ts';
import { publishableImages } from '../media/publish-media.ts';
import { announceNotice, type Notice, recordNotice } from '../notices/notify.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft, lockDraft } from '../repositories/drafts.ts';
import { findPublication, publicationsOfDraft, updatePublication } from '../repositories/publications.ts';
import { connectionBlocker } from './connection-check.ts';
import { isLastAttempt, type JobControl } from './job-control.ts';
import { budgetKey, platformBudgets, reservePostingSlot } from './posting-budget.ts';
import { publishBlocker } from './publish-recheck.ts';

type Publication = NonNullable<Awaited<ReturnType<typeof findPublication>>>;

async function finish(
  services: Services,
  publication: Publication,
  outcome: { posted?: { platformPostId: string; url: string }; error?: string },
) {
  let notice: Notice | undefined;
  const draftState = await inTransaction(services.db, async (tx) => {
    await lockDraft(tx, publication.draftId);
    const draft = (await findDraft(tx, publication.draftId))!;
    await updatePublication(
      tx,
      publication.id,
      outcome.posted
        ? { state: 'PUBLISHED', ...outcome.posted, error: null, publishedAt: new Date() }
        : { state: 'FAILED', error: outcome.error ?? 'Publishing failed.' },
    );
    await appendAudit(tx, {
      schoolId: draft.schoolId,
      actorId: null,
      action: outcome.posted ? 'publication.published' : 'publication.failed',
      subjectType: 'publication',
      subjectId: publication.id,
      data: { draftId: draft.id, accountId: publication.accountId, ...outcome.posted, error: outcome.error },
    });
    if (!outcome.posted) {
      // The officer must hear why, and that one click on retry sends it once it is fixed.
      notice = await recordNotice(tx, {
        schoolId: draft.schoolId,
        kind: 'publication.failed',
        subjectType: 'draft',
        subjectId: draft.id,
        to: ['MARKETING_OFFICER'],
        message: `Not published to ${publication.account.handle}: ${outcome.error ?? 'publishing failed'}. Fix it, then retry.`,
      });
      return draft.state === 'FAILED'
        ? draft.state
        : changeState(tx, { draft, action: 'fail', actorId: null, data: { reason: outcome.error } });
    }
    const all = await publicationsOfDraft(tx, draft.id);
    if (draft.state === 'PUBLISHING' && all.every((p) => p.state === 'PUBLISHED')) {
      return changeState(tx, { draft, action: 'published', actorId: null });
    }
    return draft.state;
  });
  await services.feed.publish({
    type: 'draft',
    id: publication.draftId,
    schoolId: publication.draft.schoolId,
    state: draftState,
  });
  if (notice) await announceNotice(services.feed, notice);
}

export async function publishPublication(
  services: Services,
  publicationId: string,
  job: JobControl,
): Promise<void> {
  const publication = await findPublication(services.db, publicationId);
  if (!publication || publication.state === 'PUBLISHED' || publication.state === 'TAKEN_DOWN') return;
  const draft = await findDraft(services.db, publication.draftId);
  // Withdrawn, edited or already failed: this job has nothing left to do.
  if (!draft || !['APPROVED', 'SCHEDULED', 'PUBLISHING'].includes(draft.state)) return;
  const early = (draft.scheduledAt?.getTime() ?? 0) - Date.now();
  if (early > 1_000) await job.retryLater(early);

  const blocker =
    connectionBlocker(publication.account) ?? (await publishBlocker(services.db, draft, publication.account));
  if (blocker) return finish(services, publication, { error: blocker });

  const budget = platformBudgets[publication.account.platform];
  if (budget) {
    const key = budgetKey(services.queue.prefix, publication.accountId);
    const wait = await reservePostingSlot(services.redis, key, budget, publicationId);
    if (wait > 0) await job.retryLater(wait);
  }

  await inTransaction(services.db, async (tx) => {
    await lockDraft(tx, draft.id);
    const current = (await findDraft(tx, draft.id))!;
    if (current.state !== 'PUBLISHING')
      await changeState(tx, { draft: current, action: 'startPublishing', actorId: null });
    await updatePublication(tx, publicationId, { state: 'PUBLISHING', attempts: { increment: 1 } });
  });

  const request = { publicationId, text: draft.text, images: await publishableImages(services, draft.media) };
  try {
    const adapter = services.platforms.adapterFor(publication.account);
    const posted =
      (publication.platformPostId && publication.url
        ? { platformPostId: publication.platformPostId, url: publication.url }
        : // No earlier attempt ever reached the platform: nothing there to find.
          publication.attempts > 0
          ? await adapter.findExisting(request, publication.createdAt)
          : null) ?? (await adapter.publish(request));
    await finish(services, publication, { posted });
  } catch (error) {
    if (error instanceof PlatformError && error.kind === 'rate_limited') {
      await job.retryLater(error.retryAfterMs ?? 60_000);
    }
    const permanent = error instanceof PlatformError && (error.kind === 'auth' || error.kind === 'rejected');
    if (permanent || isLastAttempt(job)) {
      const message = error instanceof Error ? error.message : String(error);
      services.log.warn({ publicationId, err: message }, 'publication failed');
      return finish(services, publication, { error: message });
    }
    throw error;
  }
}
