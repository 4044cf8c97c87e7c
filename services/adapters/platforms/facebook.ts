// Gatepost's Facebook Page adapter: text to the Page feed, photos uploaded unpublished and then
// attached to one feed post, comments read with a cursor and hidden where the Page allows it.
import { z } from 'zod';
import { GraphClient, type GraphClientOptions, isGone } from './graph-client.ts';
import { collectReplies, findRecentPost, unixSeconds } from './graph-listing.ts';
import type {
  BlockOutcome,
  HideOutcome,
  PlatformAdapter,
  PublishedPost,
  PublishRequest,
  RateLimitState,
  ReplyPage,
} from './types.ts';

export const facebookCredentialsSchema = z.object({
  pageId: z.string().min(1),
  pageAccessToken: z.string().min(1),
});

export type FacebookCredentials = z.infer<typeof facebookCredentialsSchema>;

export interface FacebookAdapterOptions extends Omit<GraphClientOptions, 'accessToken'> {
  credentials: FacebookCredentials;
}

interface PagePost {
  id: string;
  message?: string;
}

interface PageComment {
  id: string;
  message?: string;
  created_time?: string;
  from?: { id: string; name: string };
}

const postUrl = (id: string) => `https://www.facebook.com/${id}`;

export class FacebookPageAdapter implements PlatformAdapter {
  private readonly graph: GraphClient;
  private readonly pageId: string;

  constructor(options: FacebookAdapterOptions) {
    const credentials = facebookCredentialsSchema.parse(options.credentials);
    this.pageId = credentials.pageId;
    this.graph = new GraphClient('Facebook', { ...options, accessToken: credentials.pageAccessToken });
  }

  async publish(request: PublishRequest): Promise<PublishedPost> {
    const attached: Record<string, string> = {};
    for (const [index, image] of request.images.entries()) {
      const form = new FormData();
      form.set('source', new Blob([new Uint8Array(image.bytes)], { type: image.mimeType }), 'photo');
      // Unpublished, so the photos appear once, together, in the feed post below.
      form.set('published', 'false');
      form.set('alt_text_custom', image.altText);
      const photo = await this.graph.post<{ id: string }>(`${this.pageId}/photos`, form);
      attached[`attached_media[${index}]`] = JSON.stringify({ media_fbid: photo.id });
    }
    const post = await this.graph.post<{ id: string }>(`${this.pageId}/feed`, {
      message: request.text,
      ...attached,
    });
    return { platformPostId: post.id, url: postUrl(post.id) };
  }

  async findExisting(request: PublishRequest, since: Date): Promise<PublishedPost | null> {
    const query = { fields: 'id,message,created_time', since: unixSeconds(since.toISOString()), limit: 100 };
    const post = await findRecentPost<PagePost>(
      this.graph,
      `${this.pageId}/posts`,
      query,
      (p) => p.message ?? '',
      request.text,
    );
    return post ? { platformPostId: post.id, url: postUrl(post.id) } : null;
  }

  async delete(platformPostId: string): Promise<void> {
    await this.graph.delete(platformPostId).catch((error: unknown) => {
      if (!isGone(error)) throw error;
    });
  }

  listReplies(postIds: string[], cursor?: string): Promise<ReplyPage> {
    return collectReplies<PageComment>(this.graph, postIds, cursor, {
      query: (since) => ({
        fields: 'id,message,created_time,from',
        filter: 'stream',
        order: 'chronological',
        limit: 100,
        since,
      }),
      timeOf: (comment) => comment.created_time,
      toReply: (comment, postId) =>
        // The Page's own answers are not replies to moderate.
        comment.from?.id === this.pageId
          ? null
          : {
              platformReplyId: comment.id,
              inReplyToPostId: postId,
              authorHandle: comment.from?.name ?? 'Facebook user',
              authorId: comment.from?.id ?? '',
              text: comment.message ?? '',
              createdAt: new Date(comment.created_time ?? 0),
            },
    });
  }

  async setReplyHidden(platformReplyId: string, hidden: boolean, onPostId: string): Promise<HideOutcome> {
    // Page post ids are "<page id>_<post id>"; a Page may hide comments only on its own posts.
    if (!onPostId.startsWith(`${this.pageId}_`)) return 'not_allowed';
    const comment = await this.graph.get<{ can_hide?: boolean }>(platformReplyId, { fields: 'can_hide' });
    if (!comment.can_hide) return 'not_allowed';
    await this.graph.post(platformReplyId, { is_hidden: hidden });
    return hidden ? 'hidden' : 'unhidden';
  }

  async verifyCredentials(): Promise<{ handle: string }> {
    const page = await this.graph.get<{ name: string }>(this.pageId, { fields: 'name' });
    return { handle: page.name };
  }

  rateLimit(): RateLimitState {
    return this.graph.rateLimit();
  }

  // §5: a Page may block a person from its posts (Graph API: the Page's "blocked" edge).
  async blockAuthor(authorId: string): Promise<BlockOutcome> {
    await this.graph.post(`${this.pageId}/blocked`, { user: authorId });
    return 'blocked';
  }
}
