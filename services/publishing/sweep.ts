// The backstop: the database says what work is due; any job Redis lost is enqueued again.
// Deterministic job ids make this harmless when the job still exists.
import type { Services } from '../context.ts';
import { findDraftsInStates } from '../repositories/drafts.ts';
import { findDuePublications } from '../repositories/publications.ts';

export async function sweep(services: Services): Promise<{ checks: number; publications: number }> {
  const drafts = await findDraftsInStates(services.db, ['SUBMITTED', 'CHECKING']);
  for (const draft of drafts) {
    await services.queue.enqueue('text-check', { draftId: draft.id, contentHash: draft.contentHash });
  }
  const due = await findDuePublications(services.db);
  for (const publication of due) {
    const delay = (publication.draft.scheduledAt?.getTime() ?? 0) - Date.now();
    await services.queue.enqueue('publish', { publicationId: publication.id }, delay);
  }
  if (drafts.length || due.length)
    services.log.info({ checks: drafts.length, publications: due.length }, 'sweep re-enqueued due work');
  return { checks: drafts.length, publications: due.length };
}
