// Request and response shapes of the HTTP API, shared with the dashboard and the OpenAPI doc.
import { z } from 'zod';
import { fromLondonTime } from '../domain/london-time.ts';
import { DraftState, Role } from '../generated/prisma/enums.ts';

export const MAX_TEXT = 10_000;

export const id = z.string().uuid({ message: 'must be an id Gatepost gave out' });

const scheduledAt = z.iso
  .datetime({ offset: true, message: 'must be a date-time with a time zone, e.g. 2026-12-01T09:00:00Z' })
  .transform((v) => new Date(v))
  .nullable();

const text = z
  .string()
  .trim()
  .min(1, 'Write the post’s text.')
  .max(MAX_TEXT, `Posts are limited to ${MAX_TEXT} characters.`);

/** UK wall-clock time, e.g. "2026-10-25T09:30"; around a clock change it must be unambiguous. */
const scheduledLocal = z
  .string()
  .transform((value, ctx) => {
    const read = fromLondonTime(value);
    if (read.ok) return read.at;
    ctx.addIssue({ code: 'custom', message: read.problem });
    return z.NEVER;
  })
  .nullable();

/** Either an instant (`scheduledAt`) or a UK time (`scheduledLocal`) becomes `scheduledAt`. */
const withLocalSchedule = <T extends { scheduledAt?: Date | null; scheduledLocal?: Date | null }>(
  { scheduledLocal: local, ...rest }: T,
  ctx: z.core.$RefinementCtx,
) => {
  if (local !== undefined && rest.scheduledAt !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'Send scheduledAt or scheduledLocal, not both.' });
  }
  return local === undefined ? rest : { ...rest, scheduledAt: local };
};

export const newDraftBody = z
  .strictObject({
    accountIds: z.array(id).min(1, 'Choose at least one account.').max(10),
    text,
    scheduledAt: scheduledAt.optional(),
    scheduledLocal: scheduledLocal.optional(),
  })
  .transform(withLocalSchedule);

export const draftPatchBody = z
  .strictObject({
    accountIds: z.array(id).min(1, 'Choose at least one account.').max(10).optional(),
    text: text.optional(),
    scheduledAt: scheduledAt.optional(),
    scheduledLocal: scheduledLocal.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'Say what to change: text, accountIds or scheduledAt.')
  .transform(withLocalSchedule);

export const approveBody = z.strictObject({
  contentHash: z.string().min(1, 'Send the contentHash of the version you reviewed.'),
  acknowledged: z.array(z.string()).default([]),
});

export const reasonBody = z.strictObject({
  reason: z.string().trim().min(1, 'Give a reason the author can act on.').max(2000),
});

export const textCheckBody = z.strictObject({
  text: z.string().max(MAX_TEXT, `Posts are limited to ${MAX_TEXT} characters.`),
  accountIds: z.array(id).min(1, 'Choose at least one account.').max(10),
  hasImage: z.boolean().optional(),
});

// The states come from the schema's enum, so the API cannot drift from the database.
export const draftStates = Object.values(DraftState) as [DraftState, ...DraftState[]];

export const draftListQuery = z.strictObject({ state: z.enum(draftStates).optional() });

export const sessionBody = z.strictObject({
  email: z.string().trim().email('Enter your school email address.'),
  password: z.string().min(1, 'Enter your password.').max(1000),
});

export const sandboxReplyBody = z.strictObject({
  author: z.string().trim().min(1).max(100),
  text: z.string().trim().min(1).max(MAX_TEXT),
  inReplyTo: z.string().optional(),
});

export const findingSchema = z.object({
  ruleId: z.string(),
  category: z.string(),
  severity: z.enum(['block', 'warn']),
  clause: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
  span: z.tuple([z.number().int(), z.number().int()]).optional(),
});

const boxSchema = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });

export const mediaSchema = z.object({
  id,
  altText: z.string(),
  source: z.enum(['TAKEN_BY_STAFF', 'PUPIL_WORK', 'LICENSED', 'OTHER']).nullable(),
  sourceNote: z.string().nullable(),
  state: z.enum(['PENDING', 'READY', 'REVIEW_REQUIRED']),
  width: z.number().nullable(),
  height: z.number().nullable(),
  reviewReasons: z.array(z.string()),
  reviewed: z.object({ by: z.string().nullable(), at: z.string() }).nullable(),
  faces: z.array(
    z.object({
      id: z.string(),
      box: boxSchema,
      score: z.number(),
      action: z.enum(['blurred', 'kept']),
      personId: z.string().optional(),
    }),
  ),
  regions: z.unknown(),
  processedUrl: z.string().nullable(),
});

export const draftSchema = z.object({
  id,
  schoolId: id,
  state: z.enum(draftStates),
  text: z.string(),
  accountIds: z.array(id),
  scheduledAt: z.string().nullable(),
  contentHash: z.string(),
  authorId: id,
  authorName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  findings: z.array(findingSchema),
  media: z.array(mediaSchema),
  approval: z.object({ by: id, at: z.string(), contentHash: z.string() }).optional(),
  returned: z
    .object({
      decision: z.enum(['return', 'reject']),
      reason: z.string(),
      by: id.nullable(),
      byName: z.string(),
      at: z.string(),
    })
    .nullable()
    .optional()
    .describe(
      'On GET /api/drafts/:id and the answers to /return and /reject: the marketing officer’s ' +
        'return or rejection of this round, with their comment, who and when; null once the ' +
        'author resubmits, or if there was none. Absent from lists and other actions’ answers.',
    ),
  publications: z.array(
    z.object({
      accountId: id,
      state: z.string(),
      platformPostId: z.string().optional(),
      url: z.string().optional(),
      error: z.string().optional(),
    }),
  ),
});

export const accountSchema = z.object({
  id,
  schoolId: id,
  platform: z.enum(['sandbox', 'x', 'facebook', 'instagram']),
  handle: z.string(),
  status: z.string(),
  mayPost: z.boolean(),
});

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export const meSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  memberships: z.array(z.object({ schoolId: id, schoolName: z.string(), role: z.enum(Role) })),
});

export const auditEventSchema = z.object({
  seq: z.string(),
  at: z.string(),
  schoolId: z.string().nullable(),
  actorId: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
