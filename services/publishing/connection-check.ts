// Part of the publish-time re-check: a real platform account must be connected, with a token
// that still works, before the publish job spends a posting attempt on it.
import { platformLabel } from '../domain/platform-names.ts';
import type { Account } from '../generated/prisma/client.ts';

/** Why this account cannot publish now, in words for the officer; or nothing. */
export function connectionBlocker(account: Account, now = new Date()): string | undefined {
  if (account.platform === 'SANDBOX') return undefined;
  const where = `${account.handle} on ${platformLabel[account.platform]}`;
  if (!account.credentials) return `${where} is not connected — ask the ICT technician to connect it.`;
  if (account.tokenExpiresAt && account.tokenExpiresAt.getTime() <= now.getTime()) {
    return `The connection of ${where} expired — ask the ICT technician to reconnect it, then retry.`;
  }
  return undefined;
}
