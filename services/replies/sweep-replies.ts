// The reply side of the periodic sweep: polls that are due, replies whose classify or hide job
// was lost, escalations past their acknowledgement time, notices not yet sent. The database
// says what is due, so a restarted worker or a flushed Redis loses nothing.
import type { Services } from '../context.ts';
import { unsentNotices } from '../repositories/notices.ts';
import { accountsWithReplyWork } from '../repositories/replies.ts';
import { accountsDueForPolling } from '../repositories/reply-polls.ts';
import { POLL_POSTS_FOR_MS } from './poll-replies.ts';
import { remindOverdueEscalations } from './remind-escalations.ts';

/** Work younger than this is still in the hands of the job that made it. */
const GRACE_MS = 30_000;

export async function sweepReplies(services: Services) {
  const now = new Date();
  const graced = new Date(now.getTime() - GRACE_MS);
  const due = await accountsDueForPolling(services.db, now, new Date(now.getTime() - POLL_POSTS_FOR_MS));
  for (const accountId of due) await services.queue.enqueue('reply-poll', { accountId });
  const unfinished = await accountsWithReplyWork(services.db, graced);
  for (const accountId of unfinished)
    await services.queue.enqueue('reply-classify', { accountId, batch: 'sweep' });
  const reminded = await remindOverdueEscalations(services, now);
  const notices = await unsentNotices(services.db, graced);
  await Promise.all(notices.map(({ id }) => services.queue.enqueue('notify', { noticeId: id })));
  return { polls: due.length, classify: unfinished.length, reminded, notices: notices.length };
}
