// The two ways a school's X account can be connected. OAuth 1.0a user keys never expire;
// OAuth 2.0 user-context tokens come from the PKCE connect flow (x-connect.ts).
import { z } from 'zod';

export const xCredentialsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('oauth1'),
    appKey: z.string().min(1),
    appSecret: z.string().min(1),
    accessToken: z.string().min(1),
    accessSecret: z.string().min(1),
  }),
  z.object({
    kind: z.literal('oauth2'),
    accessToken: z.string().min(1),
    /** Kept so the account can be refreshed without the school reconnecting it. */
    refreshToken: z.string().min(1).optional(),
    expiresAt: z.iso.datetime().optional(),
  }),
]);

export type XCredentials = z.infer<typeof xCredentialsSchema>;
