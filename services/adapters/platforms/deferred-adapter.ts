// An adapter whose construction needs I/O first (e.g. refreshing an expiring token): callers
// keep the synchronous `adapterFor`, and each call waits for the real adapter.
import type { PlatformAdapter, RateLimitState } from './types.ts';

export function deferredAdapter(load: () => Promise<PlatformAdapter>): PlatformAdapter {
  let loaded: Promise<PlatformAdapter> | undefined;
  let ready: PlatformAdapter | undefined;
  const adapter = () => {
    loaded ??= load().then(
      (a) => (ready = a),
      (error: unknown) => {
        loaded = undefined;
        throw error;
      },
    );
    return loaded;
  };
  return {
    publish: async (request) => (await adapter()).publish(request),
    findExisting: async (request, since) => (await adapter()).findExisting(request, since),
    delete: async (id) => (await adapter()).delete(id),
    listReplies: async (ids, cursor) => (await adapter()).listReplies(ids, cursor),
    setReplyHidden: async (id, hidden, onPostId) => (await adapter()).setReplyHidden(id, hidden, onPostId),
    verifyCredentials: async () => (await adapter()).verifyCredentials(),
    blockAuthor: async (id) => {
      const loaded = await adapter();
      return loaded.blockAuthor ? loaded.blockAuthor(id) : 'not_allowed';
    },
    listFollowers: async (cursor) => {
      const loaded = await adapter();
      return loaded.listFollowers ? loaded.listFollowers(cursor) : { followers: [] };
    },
    listFollowRequests: async () => (await adapter()).listFollowRequests?.() ?? [],
    removeFollower: async (id) => (await adapter()).removeFollower?.(id) ?? 'not_allowed',
    rateLimit: (): RateLimitState => ready?.rateLimit() ?? { remaining: null, resetAt: null },
  };
}
