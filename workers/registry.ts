// Every job name maps to its handler; a job without one does not compile.

import { runTextCheck } from '../services/checks/run-text-check.ts';
import type { Services } from '../services/context.ts';
import { pollFollowers } from '../services/followers/poll-followers.ts';
import { sweepFollowers } from '../services/followers/sweep-followers.ts';
import { scanMedia } from '../services/media/scan-media.ts';
import type { JobControl } from '../services/publishing/job-control.ts';
import { publishPublication } from '../services/publishing/publish-publication.ts';
import { sweep } from '../services/publishing/sweep.ts';
import { takeDownPublication } from '../services/publishing/take-down.ts';
import { classifyReplies } from '../services/replies/classify-replies.ts';
import { pollReplies } from '../services/replies/poll-replies.ts';
import { sendNotice } from '../services/replies/send-notice.ts';
import { sweepReplies } from '../services/replies/sweep-replies.ts';
import type { JobName, JobPayload } from './jobs.ts';

export type Handler<N extends JobName> = (
  services: Services,
  payload: JobPayload<N>,
  job: JobControl,
) => Promise<unknown>;

export const handlers: { [N in JobName]: Handler<N> } = {
  'text-check': (services, { draftId, contentHash }) => runTextCheck(services, draftId, contentHash),
  'media-scan': (services, { mediaId, revision }) => scanMedia(services, mediaId, revision),
  publish: (services, { publicationId }, job) => publishPublication(services, publicationId, job),
  takedown: (services, { publicationId }, job) => takeDownPublication(services, publicationId, job),
  sweep: async (services) => ({
    ...(await sweep(services)),
    replies: await sweepReplies(services),
    followers: await sweepFollowers(services),
  }),
  'reply-poll': (services, { accountId }) => pollReplies(services, accountId),
  'reply-classify': (services, { accountId }) => classifyReplies(services, accountId),
  notify: (services, { noticeId }) => sendNotice(services, noticeId),
  'follower-poll': (services, { accountId }) => pollFollowers(services, accountId),
};

/** How many jobs of each kind one process runs at once. */
export const concurrency: Record<JobName, number> = {
  'text-check': 8,
  // Face detection keeps a core busy; one photo at a time per process keeps the API responsive.
  'media-scan': 1,
  publish: 8,
  takedown: 4,
  sweep: 1,
  'reply-poll': 4,
  'reply-classify': 2,
  notify: 4,
  'follower-poll': 2,
};
