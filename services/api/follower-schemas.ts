// The followers API's shapes (§2), shared by the routes and the dashboard.
import { z } from 'zod';
import { Platform } from '../generated/prisma/enums.ts';
import { id } from './schemas.ts';

export const followerStatuses = ['PENDING', 'APPROVED', 'REMOVED', 'BLOCKED'] as const;
export const followerDecisions = ['approve', 'remove', 'block'] as const;

export const followerQuery = z.strictObject({
  accountId: id.optional(),
  status: z
    .enum(followerStatuses, { message: `status must be one of ${followerStatuses.join(', ')}` })
    .optional(),
});
export const decisionBody = z.strictObject({
  decision: z.enum(followerDecisions, { message: `decision must be one of ${followerDecisions.join(', ')}` }),
});
export const pollBody = z.strictObject({ accountId: id });
export const sandboxFollowerBody = z.strictObject({
  handle: z.string().trim().min(1, 'Give the follower’s handle.').max(100),
  displayName: z.string().trim().min(1, 'Give the follower’s display name.').max(100),
  bio: z.string().trim().max(500, 'Keep the bio under 500 characters.').optional(),
  accountCreatedAt: z.iso
    .date('Give the date their account was made as YYYY-MM-DD.')
    .transform((d) => new Date(`${d}T00:00:00Z`))
    .optional(),
});

export const actionSchema = z.object({ available: z.boolean(), note: z.string().nullable() });
export const followerSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  accountHandle: z.string(),
  platform: z.enum(Platform),
  handle: z.string(),
  displayName: z.string(),
  bio: z.string(),
  accountCreatedAt: z.string().nullable(),
  isRequest: z.boolean(),
  nameMatches: z.array(
    z.object({ kind: z.enum(['pupil', 'staff']), level: z.enum(['full', 'first']), name: z.string() }),
  ),
  status: z.enum(followerStatuses),
  firstSeenAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedById: z.string().nullable(),
  actions: z.object({ approve: actionSchema, remove: actionSchema, block: actionSchema }),
});
export const followerAccountSchema = z.object({
  accountId: z.string(),
  handle: z.string(),
  platform: z.enum(Platform),
  listsFollowers: z.boolean(),
  note: z.string(),
  lastPolledAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
