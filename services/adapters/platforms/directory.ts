// Picks the adapter for an account's platform, opening its sealed credentials.
import type { Agent } from 'node:http';
import { type CredentialVault, SealedCredentialsError } from '../../accounts/credential-vault.ts';
import { platformLabel } from '../../domain/platform-names.ts';
import type { Account } from '../../generated/prisma/client.ts';
import type { Db } from '../../repositories/db.ts';
import { deferredAdapter } from './deferred-adapter.ts';
import { FacebookPageAdapter, facebookCredentialsSchema } from './facebook.ts';
import { InstagramAdapter, instagramCredentialsSchema } from './instagram.ts';
import { sandboxAdapter } from './sandbox.ts';
import { type PlatformAdapter, PlatformError } from './types.ts';
import { XAdapter } from './x.ts';
import type { XAppKeys } from './x-connect.ts';
import { type XCredentials, xCredentialsSchema } from './x-credentials.ts';

export interface PlatformDirectory {
  adapterFor(account: Account): PlatformAdapter;
  /** The X app accounts connect through (OAuth 2.0); undefined until GATEPOST_X_CLIENT_ID is set. */
  xApp?: XAppKeys;
}

export interface PlatformDirectoryOptions {
  vault: CredentialVault;
  graphBaseUrl: string;
  /** Tests only: where X's connections go. */
  xAgent?: Agent;
  xClient?: { clientId: string; clientSecret?: string };
  /** Called before an X adapter is built, so an expiring OAuth 2.0 token can be renewed first. */
  freshXCredentials?: (account: Account, credentials: XCredentials) => Promise<XCredentials>;
}

export function platformDirectory(
  db: Db,
  publicUrl: string,
  options: PlatformDirectoryOptions,
): PlatformDirectory {
  /** The account's credentials, or the reason a person must connect it first. */
  function opened(account: Account): unknown {
    if (!account.credentials) {
      throw new PlatformError(
        'auth',
        `${account.handle} on ${platformLabel[account.platform]} is not connected — ask the ICT technician to connect it`,
      );
    }
    try {
      return options.vault.open(account.id, account.credentials);
    } catch (error) {
      if (error instanceof SealedCredentialsError) throw new PlatformError('auth', error.message);
      throw error;
    }
  }

  const xApp = options.xClient && {
    ...options.xClient,
    ...(options.xAgent ? { httpAgent: options.xAgent } : {}),
  };
  return {
    ...(xApp ? { xApp } : {}),
    adapterFor(account) {
      switch (account.platform) {
        case 'SANDBOX':
          return sandboxAdapter(db, account.id, publicUrl);
        case 'FACEBOOK':
          return new FacebookPageAdapter({
            credentials: facebookCredentialsSchema.parse(opened(account)),
            baseUrl: options.graphBaseUrl,
          });
        case 'INSTAGRAM':
          return new InstagramAdapter({
            credentials: instagramCredentialsSchema.parse(opened(account)),
            baseUrl: options.graphBaseUrl,
          });
        case 'X': {
          const stored = xCredentialsSchema.parse(opened(account));
          const agent = options.xAgent ? { httpAgent: options.xAgent } : {};
          if (!options.freshXCredentials) return new XAdapter({ credentials: stored, ...agent });
          const renew = options.freshXCredentials;
          return deferredAdapter(
            async () => new XAdapter({ credentials: await renew(account, stored), ...agent }),
          );
        }
      }
    },
  };
}
