// The backstop: the database says what work is due; any job Redis lost is enqueued again.
// Deterministic job ids make this harmless when the job still exists.
import { warnOfExpiringTokens } from '../accounts/expiry-warnings.ts';
import { remindOfTraining } from '../accounts/training.ts';
import { applyConsentLapses } from '../consent/apply-lapses.ts';
import type { Services } from '../context.ts';
import { sweepMedia } from '../media/media-sweep.ts';
import { findDraftsInStates } from '../repositories/drafts.ts';
import { findDuePublications } from '../repositories/publications.ts';

export async function sweep(services: Services) {
  const drafts = await findDraftsInStates(services.db, ['SUBMITTED', 'CHECKING']);
  const checks = await services.queue.enqueueMissing(
    'text-check',
    drafts.map((draft) => ({ draftId: draft.id, contentHash: draft.contentHash })),
  );
  const due = await findDuePublications(services.db);
  for (const publication of due) {
    const delay = (publication.draft.scheduledAt?.getTime() ?? 0) - Date.now();
    await services.queue.enqueue('publish', { publicationId: publication.id }, delay);
  }
  const media = await sweepMedia(services);
  // Consent whose expiry has come: its drafts are held and its posts flagged for takedown.
  const consentLapsed = await applyConsentLapses(services);
  // Tokens about to end: the officer and ICT technician hear 7 days and 1 day before.
  const tokenWarnings = await warnOfExpiringTokens(services);
  // Training about to lapse: the officer hears 30 days and 7 days before.
  const trainingReminders = await remindOfTraining(services);
  const done = {
    checks,
    publications: due.length,
    ...media,
    consentLapsed,
    tokenWarnings,
    trainingReminders,
  };
  if (Object.values(done).some(Boolean)) services.log.info(done, 'sweep re-enqueued due work');
  return done;
}
