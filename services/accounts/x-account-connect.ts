// The X OAuth 2.0 (PKCE) connect flow for a school account: the ICT technician is sent to X,
// approves there, and X sends the browser back with a code. What must survive the round trip
// (the verifier, who started it, for which account) waits in Redis for ten minutes, server side.
import { z } from 'zod';
import { finishXConnect, startXConnect } from '../adapters/platforms/x-connect.ts';
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import { requireSiteApproved } from '../forms/site-creation.ts';
import { accountOfSchool, connectAccount } from './account-connection.ts';

const PENDING_SECONDS = 600;

const pendingSchema = z.object({
  accountId: z.string(),
  userId: z.string(),
  url: z.string(),
  state: z.string(),
  codeVerifier: z.string(),
});

export const xCallbackPath = '/api/accounts/x/callback';

const pendingKey = (services: Services, state: string) =>
  `${services.queue.prefix}:x-connect:${state.replace(/[^\w-]/g, '')}`;

function xApp(services: Services) {
  const app = services.platforms.xApp;
  if (!app) {
    throw new AppError(
      'invalid_state',
      'Connecting X accounts needs Gatepost’s X app: set GATEPOST_X_CLIENT_ID (and GATEPOST_X_CLIENT_SECRET).',
    );
  }
  return app;
}

const redirectUri = (services: Services) => `${services.publicUrl}${xCallbackPath}`;

/** The link to send the ICT technician to. */
export async function startXAccountConnect(services: Services, actor: Actor, accountId: string) {
  const account = await accountOfSchool(services, actor, accountId);
  requirePermission(actor, 'connectAccounts', account.schoolId);
  await requireSiteApproved(services.db, account);
  if (account.platform !== 'X') throw new AppError('invalid_state', `${account.handle} is not an X account.`);
  const started = startXConnect(xApp(services), redirectUri(services));
  const pending = { accountId, userId: actor.userId, ...started };
  await services.redis.set(
    pendingKey(services, started.state),
    JSON.stringify(pending),
    'EX',
    PENDING_SECONDS,
  );
  return { url: started.url };
}

/** Where X sends the browser back: exchanges the code and saves the account's tokens. */
export async function finishXAccountConnect(
  services: Services,
  actor: Actor,
  callback: { code: string; state: string },
) {
  const key = pendingKey(services, callback.state);
  // One use only: a replayed callback finds nothing.
  const raw = await services.redis.getdel(key);
  const pending = raw ? pendingSchema.parse(JSON.parse(raw)) : undefined;
  if (!pending || pending.userId !== actor.userId) {
    throw new AppError('invalid_state', 'This X sign-in is unknown or has expired; start connecting again.');
  }
  const credentials = await finishXConnect(xApp(services), redirectUri(services), pending, callback).catch(
    (error: unknown) => {
      throw new AppError(
        'validation_failed',
        `X did not complete the connection: ${(error as Error).message}.`,
      );
    },
  );
  return connectAccount(services, actor, pending.accountId, { credentials });
}
