// The follower side of the periodic sweep: a follower-poll for every account whose next poll is
// due. The database says when, so a restarted worker or a flushed Redis loses nothing.
import { followerSupport } from '../adapters/platforms/follower-support.ts';
import type { Services } from '../context.ts';
import type { Platform } from '../generated/prisma/enums.ts';
import { accountsDueForFollowerPoll } from '../repositories/followers.ts';

const listing = (Object.keys(followerSupport) as Platform[]).filter((p) => followerSupport[p].listsFollowers);

export async function sweepFollowers(services: Services) {
  const due = await accountsDueForFollowerPoll(services.db, { in: listing }, new Date());
  for (const accountId of due) await services.queue.enqueue('follower-poll', { accountId });
  return { polls: due.length };
}
