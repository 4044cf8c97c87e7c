// Request and response shapes of the reply moderation API: replies, the abuse log, offenders,
// escalations, the school's reply rules, and sandbox replies.
import { z } from 'zod';
import { REPLY_LABELS } from '../replies/reply-rules.ts';
import { id } from './schemas.ts';

/** The labels, for the dashboard as well as the API. */
export { REPLY_LABELS };

const label = z.enum(REPLY_LABELS, { message: `must be one of ${REPLY_LABELS.join(', ')}` });
const note = z.string().trim().max(2000).optional();

export const replyQuery = z.strictObject({ accountId: id.optional(), label: label.optional() });
export const accountQuery = z.strictObject({ accountId: id.optional() });

const findingSchema = z.object({
  ruleId: z.string(),
  category: z.string(),
  severity: z.string(),
  clause: z.string(),
  message: z.string(),
  span: z.tuple([z.number(), z.number()]).optional(),
});

export const replySchema = z.object({
  id,
  accountId: id,
  author: z.string(),
  text: z.string(),
  labels: z.array(z.string()),
  hidden: z.boolean(),
  findings: z.array(findingSchema),
  moderation: z.enum(['none', 'hide_pending', 'hidden', 'hide_by_hand', 'unhidden']),
  platformReplyId: z.string(),
  platformPostId: z.string(),
  repliedAt: z.string(),
  classified: z.boolean(),
});

export const abuseLogEntrySchema = z.object({
  id,
  replyId: id,
  accountId: id,
  author: z.string(),
  authorId: z.string(),
  text: z.string(),
  labels: z.array(z.string()),
  platformReplyId: z.string(),
  platformPostId: z.string(),
  repliedAt: z.string(),
  loggedAt: z.string(),
  action: z.string(),
  actionBy: z.string().nullable(),
  reportFormId: z.string().nullable(),
});

export const offenderSchema = z.object({
  id,
  accountId: id,
  author: z.string(),
  authorId: z.string(),
  count: z.number(),
  labels: z.array(z.string()),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  headteacherToldAt: z.string().nullable(),
  meeting: z.object({ at: z.string(), note: z.string().nullable(), by: z.string().nullable() }).nullable(),
  block: z
    .object({
      state: z.enum(['blocked', 'block_by_hand']),
      at: z.string().nullable(),
      by: z.string().nullable(),
    })
    .nullable(),
  history: z.array(abuseLogEntrySchema),
});

export const escalationSchema = z.object({
  id,
  route: z.enum(['DSL', 'HEADTEACHER', 'CHAIR']),
  recipientRoles: z.array(z.string()),
  createdAt: z.string(),
  dueAt: z.string(),
  remindedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedById: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomeAt: z.string().nullable(),
  reply: z.object({
    id,
    accountId: id,
    author: z.string(),
    text: z.string(),
    repliedAt: z.string(),
    findings: z.array(findingSchema),
  }),
});

export const unhideBody = z.strictObject({ note });
export const relabelBody = z.strictObject({
  labels: z
    .array(label)
    .max(REPLY_LABELS.length)
    .refine((l) => new Set(l).size === l.length, 'List each label once.'),
  note,
});
export const confirmBody = z.strictObject({ note, hiddenByHand: z.boolean().optional() });
export const reportBody = z.strictObject({
  reason: z.string().trim().min(1, 'Say why the reply is being reported.').max(2000),
});
export const outcomeBody = z.strictObject({
  outcome: z.string().trim().min(1, 'Write what was done.').max(5000),
});

export const replyRulesBody = z.strictObject({
  hideLabels: z.array(label).refine((l) => new Set(l).size === l.length, 'List each label once.'),
  acknowledgeWithinMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60),
  offenderThreshold: z.number().int().min(1).max(100),
});

export const sandboxReplyBody = z.strictObject({
  author: z.string().trim().min(1, 'Give the author’s handle.').max(100),
  text: z.string().trim().min(1, 'Write the reply’s text.').max(10_000),
  inReplyTo: id.optional(),
});
