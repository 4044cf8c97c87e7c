// How this process reaches the platforms, from config: the Graph API root, the X app, and
// (tests only) where X's connections go.
import type { PlatformDirectoryOptions } from '../adapters/platforms/directory.ts';
import { xTestAgent } from '../adapters/platforms/x-endpoint.ts';
import type { Config } from '../config.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { CredentialVault } from './credential-vault.ts';
import { xTokenRenewal } from './x-token-renewal.ts';

export function platformOptions(
  config: Config,
  vault: CredentialVault,
  db: PrismaClient,
): PlatformDirectoryOptions {
  const xAgent = xTestAgent(config.GATEPOST_X_CONNECT_TO, config.GATEPOST_X_CA_FILE);
  const xClient = config.GATEPOST_X_CLIENT_ID
    ? {
        clientId: config.GATEPOST_X_CLIENT_ID,
        ...(config.GATEPOST_X_CLIENT_SECRET ? { clientSecret: config.GATEPOST_X_CLIENT_SECRET } : {}),
      }
    : undefined;
  const app = xClient && { ...xClient, ...(xAgent ? { httpAgent: xAgent } : {}) };
  return {
    vault,
    graphBaseUrl: config.GATEPOST_GRAPH_BASE_URL,
    ...(xAgent ? { xAgent } : {}),
    ...(xClient ? { xClient } : {}),
    freshXCredentials: xTokenRenewal(db, vault, app),
  };
}
