// The job catalogue: every background job by name, with the zod schema of its payload.
// Jobs carry ids only; the database says what is true.
import { z } from 'zod';

const id = z.string().min(1);

export const jobPayloads = {
  'text-check': z.object({ draftId: id, contentHash: z.string() }),
  'media-scan': z.object({ mediaId: id, revision: z.string() }),
  publish: z.object({ publicationId: id }),
  takedown: z.object({ publicationId: id }),
  sweep: z.object({}),
  'reply-poll': z.object({ accountId: id }),
  // batch names the stored page (or 'sweep'), so each page gets its own job.
  'reply-classify': z.object({ accountId: id, batch: z.string().min(1).max(40) }),
  notify: z.object({ noticeId: id }),
  'follower-poll': z.object({ accountId: id }),
} as const;

export type JobName = keyof typeof jobPayloads;
export type JobPayload<N extends JobName> = z.infer<(typeof jobPayloads)[N]>;
export const jobNames = Object.keys(jobPayloads) as JobName[];

/** Deterministic job ids make a double enqueue (API + sweep) harmless. */
export function jobIdFor<N extends JobName>(name: N, payload: JobPayload<N>): string {
  const parts = Object.values(payload as Record<string, string>).map((v) => v.slice(0, 40));
  // BullMQ refuses ":" in custom ids.
  return [name, ...parts].join('_');
}
