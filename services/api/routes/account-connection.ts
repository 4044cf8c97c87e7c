// Connecting school accounts to their platforms (ICT technician), testing a connection, the X
// sign-in round trip, and the notices that tell people when something needs them.
import { z } from 'zod';
import {
  accountOfSchool,
  connectAccount,
  connectionView,
  testConnection,
} from '../../accounts/account-connection.ts';
import {
  finishXAccountConnect,
  startXAccountConnect,
  xCallbackPath,
} from '../../accounts/x-account-connect.ts';
import { rolesAt, schoolsOf } from '../../domain/actor.ts';
import { NOTICE_ACTION } from '../../notices/notify.ts';
import { listAudit } from '../../repositories/audit.ts';
import { route } from '../route.ts';

const tag = 'accounts';

const connectionSchema = z.object({
  id: z.string(),
  platform: z.string(),
  handle: z.string(),
  status: z.string(),
  connected: z.boolean(),
  connectedAt: z.string().nullable(),
  tokenExpiresAt: z.string().nullable(),
});

const credentialsBody = z.strictObject({
  credentials: z.record(z.string(), z.unknown(), {
    message: 'Send the platform’s credentials as an object, e.g. {"pageId","pageAccessToken"}.',
  }),
  expiresAt: z.iso
    .datetime({ offset: true, message: 'must be a date-time with a time zone, e.g. 2026-12-01T09:00:00Z' })
    .transform((v) => new Date(v))
    .optional(),
});

const callbackQuery = z.object({
  code: z.string().min(1, 'X sent no code back; start connecting again.'),
  state: z.string().min(1, 'X sent no state back; start connecting again.'),
});

const noticeSchema = z.object({
  at: z.string(),
  kind: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  message: z.string(),
});

export const accountConnectionRoutes = [
  route({
    method: 'post',
    path: '/api/accounts/:id/credentials',
    summary: 'Connect the account with platform credentials (checked with the platform, then sealed)',
    tag,
    access: 'signed-in',
    body: credentialsBody,
    response: connectionSchema,
    handler: ({ services, actor, params, body }) =>
      connectAccount(services, actor, params.id!, {
        credentials: body.credentials,
        ...(body.expiresAt ? { expiresAt: body.expiresAt } : {}),
      }),
  }),
  route({
    method: 'post',
    path: '/api/accounts/:id/test',
    summary: 'Test connection: ask the platform whether the stored credentials still work',
    tag,
    access: 'signed-in',
    response: z.object({
      ok: z.boolean(),
      handle: z.string().optional(),
      reason: z.string().optional(),
      account: connectionSchema,
    }),
    handler: ({ services, actor, params }) => testConnection(services, actor, params.id!),
  }),
  route({
    method: 'get',
    path: '/api/accounts/:id/connection',
    summary: 'Whether the account is connected and until when (never the credentials)',
    tag,
    access: 'signed-in',
    response: connectionSchema,
    handler: async ({ services, actor, params }) =>
      connectionView(await accountOfSchool(services, actor, params.id!)),
  }),
  route({
    method: 'post',
    path: '/api/accounts/:id/x/connect',
    summary: 'Start connecting an X account: the link to approve Gatepost on x.com (OAuth 2.0 PKCE)',
    tag,
    access: 'signed-in',
    response: z.object({ url: z.string() }),
    handler: ({ services, actor, params }) => startXAccountConnect(services, actor, params.id!),
  }),
  route({
    method: 'get',
    path: xCallbackPath,
    summary: 'Where X sends the browser back after approval; saves the account’s tokens',
    tag,
    access: 'signed-in',
    query: callbackQuery,
    response: connectionSchema,
    handler: ({ services, actor, query }) => finishXAccountConnect(services, actor, query),
  }),
  route({
    method: 'get',
    path: '/api/notices',
    summary: 'Notices for the caller’s roles: posts held or failed, tokens about to expire',
    tag: 'notices',
    access: 'signed-in',
    response: noticeSchema.array(),
    async handler({ services, actor }) {
      const events = await listAudit(services.db, { schoolIds: schoolsOf(actor), action: NOTICE_ACTION });
      return events.flatMap((e) => {
        const data = e.data as { kind: string; to: string[]; message: string };
        const held = rolesAt(actor, e.schoolId ?? '');
        if (!data.to.some((role) => held.has(role as never))) return [];
        const { subjectType, subjectId } = e;
        return [{ at: e.at.toISOString(), kind: data.kind, subjectType, subjectId, message: data.message }];
      });
    },
  }),
];
