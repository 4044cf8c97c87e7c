// X OAuth 2.0 access tokens last two hours; with the refresh token Gatepost renews them just
// before use and seals the new pair back. X rotates the refresh token on every renewal, so the
// account row is locked while renewing: two workers must never spend the same refresh token.

import { refreshXConnection, type XAppKeys } from '../adapters/platforms/x-connect.ts';
import { type XCredentials, xCredentialsSchema } from '../adapters/platforms/x-credentials.ts';
import type { Account, PrismaClient } from '../generated/prisma/client.ts';
import { lockAccount, saveConnection } from '../repositories/account-connections.ts';
import { findAccount } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import type { CredentialVault } from './credential-vault.ts';

const RENEW_WITHIN_MS = 5 * 60_000;

const needsRenewal = (
  c: XCredentials,
  now: number,
): c is Extract<XCredentials, { kind: 'oauth2' }> & { refreshToken: string } =>
  c.kind === 'oauth2' && !!c.refreshToken && !!c.expiresAt && Date.parse(c.expiresAt) - now < RENEW_WITHIN_MS;

export function xTokenRenewal(db: PrismaClient, vault: CredentialVault, app: XAppKeys | undefined) {
  return async (account: Account, stored: XCredentials): Promise<XCredentials> => {
    if (!app || !needsRenewal(stored, Date.now())) return stored;
    return inTransaction(db, async (tx) => {
      await lockAccount(tx, account.id);
      const row = await findAccount(tx, account.id);
      if (!row?.credentials) return stored;
      const current = xCredentialsSchema.parse(vault.open(account.id, row.credentials));
      // Another worker renewed it while this one waited for the lock.
      if (!needsRenewal(current, Date.now())) return current;
      const renewed = await refreshXConnection(app, current.refreshToken);
      await saveConnection(tx, account.id, {
        credentials: vault.seal(account.id, renewed),
        tokenExpiresAt: null,
      });
      await appendAudit(tx, {
        schoolId: account.schoolId,
        actorId: null,
        action: 'account.token-renewed',
        subjectType: 'account',
        subjectId: account.id,
        data: { platform: 'X' },
      });
      return renewed;
    });
  };
}
