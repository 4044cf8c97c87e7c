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
