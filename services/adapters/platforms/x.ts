// Gatepost's X adapter: posts with images and alt text, finds a post a crash may have hidden
// from us, reads replies by conversation and hides them where X allows it; followers (§2).
import { ApiResponseError, type UserV2 } from 'twitter-api-v2';
import { samePostText } from './post-text.ts';
import type {
  BlockOutcome,
  FollowerPage,
  HideOutcome,
  IncomingFollower,
  IncomingReply,
  PlatformAdapter,
  PublishedPost,
  PublishRequest,
  RateLimitState,
  RemoveOutcome,
  ReplyPage,
} from './types.ts';
import { PlatformError } from './types.ts';
import { createXClient, type XClientOptions } from './x-client.ts';
import { type XCredentials, xCredentialsSchema } from './x-credentials.ts';
import { toPlatformError } from './x-errors.ts';
import { xBlock, xFollowerPage, xFollowRequests, xSoftBlock } from './x-followers.ts';

export interface XAdapterOptions extends XClientOptions {
  credentials: XCredentials;
}

const MAX_IMAGES = 4;
/** X's limit on a recent-search query; longer lists of posts are searched in several goes. */
const MAX_QUERY_LENGTH = 512;

function conversationQueries(postIds: string[]): string[] {
  const queries: string[] = [];
  let current = '';
  for (const id of postIds) {
    const term = `conversation_id:${id}`;
    const joined = current ? `${current} OR ${term}` : term;
    if (joined.length > MAX_QUERY_LENGTH && current) {
      queries.push(current);
      current = term;
    } else current = joined;
  }
  return current ? [...queries, current] : queries;
}

const later = (a: string | undefined, b: string) => (a === undefined || BigInt(b) > BigInt(a) ? b : a);

export class XAdapter implements PlatformAdapter {
  private readonly x: ReturnType<typeof createXClient>;
  private account: Promise<UserV2> | null = null;

  constructor(options: XAdapterOptions) {
    this.x = createXClient(xCredentialsSchema.parse(options.credentials), options);
  }

  async publish(request: PublishRequest): Promise<PublishedPost> {
    if (request.images.length > MAX_IMAGES) {
      throw new PlatformError(
        'rejected',
        `X allows at most ${MAX_IMAGES} images in one post; this one has ${request.images.length}`,
      );
    }
    return this.call(async () => {
      const user = await this.user();
      const mediaIds: string[] = [];
      for (const image of request.images) {
        const id = await this.x.v2.uploadMedia(image.bytes, {
          media_type: image.mimeType,
          media_category: 'tweet_image',
        });
        await this.x.v2.createMediaMetadata(id, { alt_text: { text: image.altText } });
        mediaIds.push(id);
      }
      const media = mediaIds.length ? { media: { media_ids: mediaIds as [string] } } : {};
      const { data } = await this.x.v2.tweet({ text: request.text, ...media });
      return this.published(user, data.id);
    });
  }

  async findExisting(request: PublishRequest, since: Date): Promise<PublishedPost | null> {
    return this.call(async () => {
      const user = await this.user();
      const timeline = await this.x.v2.userTimeline(user.id, {
        start_time: since.toISOString(),
        max_results: 100,
        exclude: ['replies', 'retweets'],
        'tweet.fields': ['attachments'],
      });
      for await (const tweet of timeline) {
        const imageCount = tweet.attachments?.media_keys?.length ?? 0;
        if (imageCount === request.images.length && samePostText(request.text, tweet.text)) {
          return this.published(user, tweet.id);
        }
      }
      return null;
    });
  }

  async delete(platformPostId: string): Promise<void> {
    try {
      await this.x.v2.deleteTweet(platformPostId);
    } catch (error) {
      // Already gone (deleted on x.com, or an earlier attempt succeeded): the goal is met.
      if (error instanceof ApiResponseError && error.code === 404) return;
      throw toPlatformError(error);
    }
  }

  async listReplies(postIds: string[], cursor?: string): Promise<ReplyPage> {
    return this.call(async () => {
      const user = await this.user();
      const replies: IncomingReply[] = [];
      let newest = cursor;
      for (const query of conversationQueries(postIds)) {
        const results = await this.x.v2.search(query, {
          max_results: 100,
          ...(cursor ? { since_id: cursor } : {}),
          'tweet.fields': ['author_id', 'conversation_id', 'created_at'],
          expansions: ['author_id'],
        });
        for await (const tweet of results) {
          newest = later(newest, tweet.id);
          // The post itself and the school's own answers share the conversation; they are not replies.
          if (tweet.id === tweet.conversation_id || tweet.author_id === user.id) continue;
          const author = results.includes.author(tweet);
          replies.push({
            platformReplyId: tweet.id,
            inReplyToPostId: tweet.conversation_id ?? '',
            authorHandle: `@${author?.username ?? tweet.author_id}`,
            authorId: tweet.author_id ?? '',
            text: tweet.text,
            createdAt: new Date(tweet.created_at ?? Date.now()),
          });
        }
      }
      return newest === undefined ? { replies } : { replies, cursor: newest };
    });
  }

  async setReplyHidden(platformReplyId: string, hidden: boolean, onPostId: string): Promise<HideOutcome> {
    return this.call(async () => {
      const user = await this.user();
      const { data = [] } = await this.x.v2.tweets([platformReplyId, onPostId], {
        'tweet.fields': ['author_id', 'conversation_id'],
      });
      const post = data.find((t) => t.id === onPostId);
      const reply = data.find((t) => t.id === platformReplyId);
      // X lets an account hide replies only in conversations it started; asking otherwise is refused.
      const ownConversation =
        post?.author_id === user.id &&
        post.conversation_id === post.id &&
        reply?.conversation_id === post.id &&
        reply.id !== post.id;
      if (!ownConversation) return 'not_allowed';
      const result = await this.x.v2.hideReply(platformReplyId, hidden);
      return result.data.hidden ? 'hidden' : 'unhidden';
    });
  }

  async verifyCredentials(): Promise<{ handle: string }> {
    this.account = null;
    const user = await this.call(() => this.user());
    return { handle: `@${user.username}` };
  }

  rateLimit(): RateLimitState {
    return this.x.rateLimit();
  }

  async listFollowers(cursor?: string): Promise<FollowerPage> {
    return this.call(async () => xFollowerPage(this.x, (await this.user()).id, cursor));
  }

  async listFollowRequests(): Promise<IncomingFollower[]> {
    return this.call(() => xFollowRequests(this.x));
  }

  async blockAuthor(authorId: string): Promise<BlockOutcome> {
    return this.call(async () => xBlock(this.x, (await this.user()).id, authorId));
  }

  async removeFollower(platformUserId: string): Promise<RemoveOutcome> {
    return this.call(async () => xSoftBlock(this.x, (await this.user()).id, platformUserId));
  }

  private user(): Promise<UserV2> {
    this.account ??= this.x.v2.me().then(
      (answer) => answer.data,
      (error: unknown) => {
        this.account = null;
        throw error;
      },
    );
    return this.account;
  }

  private published(user: UserV2, id: string): PublishedPost {
    return { platformPostId: id, url: `https://x.com/${user.username}/status/${id}` };
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toPlatformError(error);
    }
  }
}
