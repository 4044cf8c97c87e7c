// Request and response shapes of the governance API: who may post, tokens, sessions, forms.
import { z } from 'zod';
import { id } from './schemas.ts';

// §3: when the person was trained on the platform and the rules (a date; default today).
const trainedAt = z.iso
  .date('Give the training date as YYYY-MM-DD.')
  .transform((d) => new Date(`${d}T00:00:00Z`));

// The colleague by id, or by the email they sign in with (the dashboard knows only that).
export const authoriseBody = z
  .strictObject({
    userId: id.optional(),
    email: z
      .email('Give the colleague’s school email address, like j.smith@school.org.uk.')
      .describe('Instead of userId: the email the colleague signs in with')
      .optional(),
    trainedAt: trainedAt.optional(),
  })
  .refine((b) => (b.userId === undefined) !== (b.email === undefined), {
    message: 'Say who to authorise: their school email address (email) or their userId, not both.',
  });

export const trainingBody = z.strictObject({ trainedAt });

export const trainingSchema = z.object({
  accountId: id,
  userId: id,
  trainedAt: z.string(),
  trainingLapsesAt: z.string(),
});

export const authorisationSchema = z.object({
  userId: id,
  name: z.string(),
  email: z.string(),
  grantedById: z.string().nullable(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  trainedAt: z.string(),
  trainingLapsesAt: z.string(),
});

export const newTokenBody = z.strictObject({
  name: z.string().trim().min(1, 'Name the token after the script that will use it.').max(100),
});

export const apiTokenSchema = z.object({
  id,
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

export const newTokenSchema = apiTokenSchema.extend({ token: z.string() });

export const overrideBody = z.strictObject({
  ruleIds: z.array(z.string().min(1)).min(1, 'Name the blocking rules to override.'),
  reason: z.string().trim().min(10, 'Record why these findings may stand (at least a sentence).').max(2000),
});

export const approvalPolicyBody = z.strictObject({
  secondApproverRole: z.enum(['HEADTEACHER', 'TRUST_ADMIN', 'DSL']).nullable(),
});

export const approvalPolicySchema = z.object({
  schoolId: id,
  secondApproverRole: z.string().nullable(),
});

const invitableRole = z.enum(
  ['STAFF', 'MARKETING_OFFICER', 'HEADTEACHER', 'DSL', 'ICT_TECHNICIAN', 'TRUST_ADMIN'],
  {
    message: 'role must be one of STAFF, MARKETING_OFFICER, HEADTEACHER, DSL, ICT_TECHNICIAN, TRUST_ADMIN.',
  },
);

export const invitationBody = z.strictObject({
  email: z.string().trim().email('Enter the person’s school email address.'),
  role: invitableRole,
  schoolId: id,
});

export const invitationSchema = z.object({
  id,
  email: z.string(),
  role: z.string(),
  schoolId: id,
  expiresAt: z.string(),
  /** How the invitation went: by email, or into the outbox until an SMTP server is set. */
  sentBy: z.enum(['smtp', 'outbox']),
});

const newPassword = z.string().min(1, 'Choose a password.').max(1000);
const emailedToken = z
  .string()
  .trim()
  .min(1, 'The link has no token; open it again from the email.')
  .max(200);

export const acceptInvitationBody = z.strictObject({
  token: emailedToken,
  password: newPassword,
  name: z.string().trim().min(1, 'Tell us your name as colleagues know it.').max(200),
});

export const passwordResetBody = z.strictObject({
  email: z.string().trim().email('Enter your school email address.'),
});

export const completeResetBody = z.strictObject({ token: emailedToken, password: newPassword });

export const messageSchema = z.object({ message: z.string() });
