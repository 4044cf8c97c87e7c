// Connecting a school account to its platform (§2: the ICT technician's job): the credentials
// are checked against the platform before anything is saved, then sealed; nobody reads them back.
import type { z } from 'zod';
import { facebookCredentialsSchema } from '../adapters/platforms/facebook.ts';
import { instagramCredentialsSchema } from '../adapters/platforms/instagram.ts';
import { PlatformError } from '../adapters/platforms/types.ts';
import { xCredentialsSchema } from '../adapters/platforms/x-credentials.ts';
import type { Services } from '../context.ts';
import { type Actor, requirePermission, schoolsOf } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { requireSiteApproved } from '../forms/site-creation.ts';
import type { Account, Platform } from '../generated/prisma/client.ts';
import { saveConnection } from '../repositories/account-connections.ts';
import { findAccount } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { activatePendingAccount } from '../repositories/site-accounts.ts';

const credentialSchemas = {
  X: xCredentialsSchema,
  FACEBOOK: facebookCredentialsSchema,
  INSTAGRAM: instagramCredentialsSchema,
} satisfies Partial<Record<Platform, z.ZodType>>;

export interface ConnectionInput {
  credentials: Record<string, unknown>;
  /** When the token stops working, for tokens the platform gave with an end date. */
  expiresAt?: Date;
}

/** What the API shows about a connection: whether and until when, never the secrets. */
export const connectionView = (account: Account) => ({
  id: account.id,
  platform: account.platform.toLowerCase(),
  handle: account.handle,
  status: account.status,
  connected: account.credentials !== null,
  connectedAt: account.connectedAt?.toISOString() ?? null,
  tokenExpiresAt: account.tokenExpiresAt?.toISOString() ?? null,
});

export async function accountOfSchool(services: Services, actor: Actor, accountId: string): Promise<Account> {
  const account = await findAccount(services.db, accountId);
  if (!account || !schoolsOf(actor).includes(account.schoolId)) throw notFound('The account');
  return account;
}

/** Names the fields that are wrong, never their values (they may be half a secret). */
function parseCredentials(platform: Platform, raw: unknown) {
  if (platform === 'SANDBOX')
    throw new AppError('invalid_state', 'The sandbox account needs no credentials.');
  const parsed = credentialSchemas[platform].safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(the whole object)'))];
  throw new AppError(
    'validation_failed',
    `These ${platform.toLowerCase()} credentials are incomplete or malformed: ${fields.join(', ')}.`,
    { fields },
  );
}

const bare = (handle: string) => handle.replace(/^@/, '').toLowerCase();

/** Asks the platform who these credentials are; refuses credentials for a different account. */
async function verifyWithPlatform(services: Services, account: Account, sealed: Uint8Array<ArrayBuffer>) {
  let handle: string;
  try {
    ({ handle } = await services.platforms
      .adapterFor({ ...account, credentials: sealed })
      .verifyCredentials());
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    const code =
      error.kind === 'transient' || error.kind === 'rate_limited' ? 'bad_request' : 'validation_failed';
    throw new AppError(code, `The platform did not accept the connection: ${error.message}.`);
  }
  // Page names are free text; X and Instagram handles identify the account.
  if (account.platform !== 'FACEBOOK' && bare(handle) !== bare(account.handle)) {
    throw new AppError(
      'validation_failed',
      `These credentials belong to ${handle}, not ${account.handle}; nothing was saved.`,
    );
  }
  return handle;
}

/** X OAuth 2.0 tokens with a refresh token renew themselves; other tokens end when they say. */
function expiryOf(
  credentials: z.infer<(typeof credentialSchemas)[keyof typeof credentialSchemas]>,
  given?: Date,
) {
  if ('kind' in credentials && credentials.kind === 'oauth2') {
    return credentials.refreshToken || !credentials.expiresAt ? null : new Date(credentials.expiresAt);
  }
  return given ?? null;
}

export async function connectAccount(
  services: Services,
  actor: Actor,
  accountId: string,
  input: ConnectionInput,
) {
  const account = await accountOfSchool(services, actor, accountId);
  requirePermission(actor, 'connectAccounts', account.schoolId);
  await requireSiteApproved(services.db, account);
  const credentials = parseCredentials(account.platform, input.credentials);
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
    throw new AppError('validation_failed', 'expiresAt is in the past: that token has already expired.');
  const sealed = services.vault.seal(account.id, credentials);
  const verifiedAs = await verifyWithPlatform(services, account, sealed);
  const tokenExpiresAt = expiryOf(credentials, input.expiresAt);
  const saved = await inTransaction(services.db, async (tx) => {
    await activatePendingAccount(tx, account.id);
    const saved = await saveConnection(tx, account.id, { credentials: sealed, tokenExpiresAt });
    await appendAudit(tx, {
      schoolId: account.schoolId,
      actorId: actor.userId,
      action: 'account.connected',
      subjectType: 'account',
      subjectId: account.id,
      data: { platform: account.platform, verifiedAs, tokenExpiresAt: tokenExpiresAt?.toISOString() ?? null },
    });
    return saved;
  });
  return connectionView(saved);
}

/** "Test connection": asks the platform whether the stored credentials still work. */
export async function testConnection(services: Services, actor: Actor, accountId: string) {
  const account = await accountOfSchool(services, actor, accountId);
  requirePermission(actor, 'manageAccounts', account.schoolId);
  let outcome: { ok: true; handle: string } | { ok: false; reason: string };
  try {
    outcome = { ok: true, ...(await services.platforms.adapterFor(account).verifyCredentials()) };
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    outcome = { ok: false, reason: error.message };
  }
  await inTransaction(services.db, (tx) =>
    appendAudit(tx, {
      schoolId: account.schoolId,
      actorId: actor.userId,
      action: 'account.connection-tested',
      subjectType: 'account',
      subjectId: account.id,
      data: outcome,
    }),
  );
  return { ...outcome, account: connectionView((await findAccount(services.db, account.id)) ?? account) };
}
