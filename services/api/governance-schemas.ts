// Request and response shapes of the governance API: who may post, tokens, sessions, forms.
import { z } from 'zod';
import { id } from './schemas.ts';

export const authoriseBody = z.strictObject({ userId: id });

export const authorisationSchema = z.object({
  userId: id,
  name: z.string(),
  email: z.string(),
  grantedById: z.string().nullable(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
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
