// Followers as the API returns them: what is known, the names they match, and what the officer
// can do about each on its platform.
import { followerActions } from '../adapters/platforms/follower-support.ts';
import type { Account, Follower } from '../generated/prisma/client.ts';
import type { NameMatch } from './name-matches.ts';

export function followerView(follower: Follower, account: Pick<Account, 'handle' | 'platform'>) {
  return {
    id: follower.id,
    accountId: follower.accountId,
    accountHandle: account.handle,
    platform: account.platform,
    handle: follower.handle,
    displayName: follower.displayName,
    bio: follower.bio,
    accountCreatedAt: follower.accountCreatedAt?.toISOString() ?? null,
    isRequest: follower.isRequest,
    nameMatches: follower.nameMatches as unknown as NameMatch[],
    status: follower.status,
    firstSeenAt: follower.firstSeenAt.toISOString(),
    decidedAt: follower.decidedAt?.toISOString() ?? null,
    decidedById: follower.decidedById,
    actions: followerActions(account.platform, follower.isRequest),
  };
}
