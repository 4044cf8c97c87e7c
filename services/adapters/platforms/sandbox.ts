// The built-in sandbox platform: "publishes" into Gatepost's own tables, for demos and tests.
import type { Db } from '../../repositories/db.ts';
import { deleteSandboxPost, findSandboxPost, saveSandboxPost } from '../../repositories/sandbox-posts.ts';
import type { PlatformAdapter, PublishedPost, PublishRequest } from './types.ts';

export function sandboxAdapter(db: Db, accountId: string, baseUrl: string): PlatformAdapter {
  const asPublished = (post: { id: string }): PublishedPost => ({
    platformPostId: post.id,
    url: `${baseUrl}/api/sandbox/accounts/${accountId}/posts/${post.id}`,
  });
  return {
    // The publication id is a unique key in the sandbox store, so a retry can never post twice.
    async publish(request: PublishRequest) {
      return asPublished(await saveSandboxPost(db, accountId, request.publicationId, request.text));
    },
    async findExisting(request: PublishRequest) {
      const post = await findSandboxPost(db, request.publicationId);
      return post && !post.deletedAt ? asPublished(post) : null;
    },
    async delete(platformPostId: string) {
      await deleteSandboxPost(db, platformPostId);
    },
    async listReplies() {
      return { replies: [] };
    },
    async setReplyHidden(_id: string, hidden: boolean) {
      return hidden ? 'hidden' : 'unhidden';
    },
    async verifyCredentials() {
      return { handle: 'sandbox' };
    },
    rateLimit: () => ({ remaining: null, resetAt: null }),
  };
}
