// The built-in sandbox platform: "publishes" into Gatepost's own tables, for demos and tests.
import type { Db } from '../../repositories/db.ts';
import { endSandboxFollow, sandboxFollowersBefore } from '../../repositories/sandbox-followers.ts';
import { deleteSandboxPost, findSandboxPost, saveSandboxPost } from '../../repositories/sandbox-posts.ts';
import { sandboxRepliesAfter, setSandboxRepliesHidden } from '../../repositories/sandbox-replies.ts';
import type { PlatformAdapter, PublishedPost, PublishRequest } from './types.ts';

/** Replies per listing; the poll asks again at once while a page comes back full. */
export const SANDBOX_REPLY_PAGE = 2_000;
/** Followers per listing, newest first; the cursor is the last seq shown. */
export const SANDBOX_FOLLOWER_PAGE = 500;

export function sandboxAdapter(db: Db, accountId: string, baseUrl: string): PlatformAdapter {
  const setHidden = sideBySide((calls: { id: string; hidden: boolean }[]) =>
    setSandboxRepliesHidden(db, accountId, calls),
  );
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
    // Replies come from `POST /api/sandbox/accounts/:id/replies`; the cursor is the last seq seen.
    async listReplies(postIds: string[], cursor?: string) {
      const rows = await sandboxRepliesAfter(db, accountId, postIds, BigInt(cursor ?? 0), SANDBOX_REPLY_PAGE);
      const replies = rows.map((r) => ({
        platformReplyId: r.id,
        inReplyToPostId: r.postId,
        authorHandle: r.author,
        authorId: r.author.toLowerCase(),
        text: r.text,
        createdAt: r.createdAt,
      }));
      const last = rows.at(-1);
      return {
        replies,
        more: rows.length === SANDBOX_REPLY_PAGE,
        ...(last ? { cursor: last.seq.toString() } : { cursor }),
      };
    },
    async setReplyHidden(replyId: string, hidden: boolean) {
      if (!(await setHidden({ id: replyId, hidden }))) return 'not_allowed';
      return hidden ? 'hidden' : 'unhidden';
    },
    async verifyCredentials() {
      return { handle: 'sandbox' };
    },
    rateLimit: () => ({ remaining: null, resetAt: null }),
    // The sandbox stands in for a platform that lets a page block an author (and a follower).
    async blockAuthor(authorId: string) {
      await endSandboxFollow(db, accountId, authorId, true);
      return 'blocked';
    },
    // Followers come from `POST /api/sandbox/accounts/:id/followers`.
    async listFollowers(cursor?: string) {
      const rows = await sandboxFollowersBefore(
        db,
        accountId,
        cursor ? BigInt(cursor) : null,
        SANDBOX_FOLLOWER_PAGE,
      );
      const followers = rows.map((r) => ({
        // Like reply authors: the sandbox knows a person by their handle.
        platformUserId: r.handle.toLowerCase(),
        handle: r.handle,
        displayName: r.displayName,
        bio: r.bio,
        accountCreatedAt: r.accountCreatedAt,
        isRequest: false,
      }));
      const last = rows.at(-1);
      return rows.length === SANDBOX_FOLLOWER_PAGE && last
        ? { followers, cursor: last.seq.toString() }
        : { followers };
    },
    async removeFollower(platformUserId: string) {
      await endSandboxFollow(db, accountId, platformUserId, false);
      return 'removed';
    },
  };
}

/**
 * Calls made in the same turn of the event loop are answered by one statement, as a platform's
 * servers answer requests side by side; each caller still asks for one reply and gets its own
 * answer. A busy batch hides a few at a time in flight, so this saves most of the statements.
 */
function sideBySide(answer: (calls: { id: string; hidden: boolean }[]) => Promise<Set<string>>) {
  let waiting: { call: { id: string; hidden: boolean }; settle: (found: Promise<boolean>) => void }[] = [];
  return (call: { id: string; hidden: boolean }) =>
    new Promise<boolean>((resolve) => {
      waiting.push({ call, settle: resolve });
      if (waiting.length > 1) return;
      setImmediate(() => {
        const taken = waiting;
        waiting = [];
        const found = answer(taken.map((w) => w.call));
        for (const w of taken) w.settle(found.then((ids) => ids.has(w.call.id)));
      });
    });
}
