// Gatepost's Instagram adapter (professional account, Graph API): Instagram fetches each image
// from its public URL into a container, a carousel holds several, and publishing the container
// makes the post. Publishing is capped at 50 posts a day, so the budget is checked first.
import { z } from 'zod';
import { GraphClient, type GraphClientOptions, isGone } from './graph-client.ts';
import { collectReplies, findRecentPost, unixSeconds } from './graph-listing.ts';
import {
  type HideOutcome,
  type OutgoingImage,
  type PlatformAdapter,
  PlatformError,
  type PublishedPost,
  type PublishRequest,
  type RateLimitState,
  type ReplyPage,
} from './types.ts';

export const instagramCredentialsSchema = z.object({
  igUserId: z.string().min(1),
  accessToken: z.string().min(1),
});

export type InstagramCredentials = z.infer<typeof instagramCredentialsSchema>;

export interface InstagramAdapterOptions extends Omit<GraphClientOptions, 'accessToken'> {
  credentials: InstagramCredentials;
  /** Pause between container status checks; default 2 s. */
  pollIntervalMs?: number;
}

interface IgMedia {
  id: string;
  caption?: string;
  permalink?: string;
}

interface IgComment {
  id: string;
  text?: string;
  timestamp?: string;
  from?: { id: string; username: string };
}

interface PublishingLimit {
  data?: { quota_usage?: number; config?: { quota_total?: number } }[];
}

const MAX_IMAGES = 10;
const STATUS_CHECKS = 10;
/** The budget is a rolling 24 hours; an hour on, the oldest posts may have dropped out of it. */
const QUOTA_RETRY_MS = 60 * 60_000;

export class InstagramAdapter implements PlatformAdapter {
  private readonly graph: GraphClient;
  private readonly igUserId: string;
  private quota: RateLimitState | null = null;

  constructor(private readonly options: InstagramAdapterOptions) {
    const credentials = instagramCredentialsSchema.parse(options.credentials);
    this.igUserId = credentials.igUserId;
    this.graph = new GraphClient('Instagram', { ...options, accessToken: credentials.accessToken });
  }

  async publish(request: PublishRequest): Promise<PublishedPost> {
    const urls = this.imageUrls(request.images);
    await this.checkQuota();
    const [only] = request.images;
    const container =
      request.images.length === 1 && only
        ? await this.container({ image_url: urls[0], alt_text: only.altText, caption: request.text })
        : await this.carousel(request, urls);
    await this.waitUntilReady(container);
    const media = await this.graph.post<{ id: string }>(`${this.igUserId}/media_publish`, {
      creation_id: container,
    });
    const { permalink } = await this.graph.get<IgMedia>(media.id, { fields: 'permalink' });
    return { platformPostId: media.id, url: permalink ?? `https://www.instagram.com/` };
  }

  async findExisting(request: PublishRequest, since: Date): Promise<PublishedPost | null> {
    const query = {
      fields: 'id,caption,permalink,timestamp',
      since: unixSeconds(since.toISOString()),
      limit: 100,
    };
    const media = await findRecentPost<IgMedia>(
      this.graph,
      `${this.igUserId}/media`,
      query,
      (m) => m.caption ?? '',
      request.text,
    );
    return media ? { platformPostId: media.id, url: media.permalink ?? 'https://www.instagram.com/' } : null;
  }

  async delete(platformPostId: string): Promise<void> {
    await this.graph.delete(platformPostId).catch((error: unknown) => {
      if (!isGone(error)) throw error;
    });
  }

  listReplies(postIds: string[], cursor?: string): Promise<ReplyPage> {
    return collectReplies<IgComment>(this.graph, postIds, cursor, {
      query: () => ({ fields: 'id,text,timestamp,from', limit: 100 }),
      timeOf: (comment) => comment.timestamp,
      toReply: (comment, postId) =>
        comment.from?.id === this.igUserId
          ? null
          : {
              platformReplyId: comment.id,
              inReplyToPostId: postId,
              authorHandle: `@${comment.from?.username ?? 'instagram_user'}`,
              authorId: comment.from?.id ?? '',
              text: comment.text ?? '',
              createdAt: new Date(comment.timestamp ?? 0),
            },
    });
  }

  async setReplyHidden(platformReplyId: string, hidden: boolean, onPostId: string): Promise<HideOutcome> {
    // Only the owner of the media may hide its comments.
    const media = await this.graph.get<{ owner?: { id: string } }>(onPostId, { fields: 'owner' });
    const comment = await this.graph.get<{ media?: { id: string } }>(platformReplyId, { fields: 'media' });
    if (media.owner?.id !== this.igUserId || comment.media?.id !== onPostId) return 'not_allowed';
    await this.graph.post(platformReplyId, { hide: hidden });
    return hidden ? 'hidden' : 'unhidden';
  }

  async verifyCredentials(): Promise<{ handle: string }> {
    const user = await this.graph.get<{ username: string }>(this.igUserId, { fields: 'username' });
    return { handle: `@${user.username}` };
  }

  /** The daily publishing budget once known (posts left); Meta's call budget otherwise. */
  rateLimit(): RateLimitState {
    return this.quota ?? this.graph.rateLimit();
  }

  private imageUrls(images: OutgoingImage[]): string[] {
    if (images.length === 0) {
      throw new PlatformError(
        'rejected',
        'Instagram posts need at least one photo — add an image or untick Instagram',
      );
    }
    if (images.length > MAX_IMAGES) {
      throw new PlatformError('rejected', `Instagram allows at most ${MAX_IMAGES} photos in one post`);
    }
    return images.map((image) => {
      if (!image.publicUrl) {
        throw new PlatformError(
          'rejected',
          'Instagram fetches photos from a web link, and this photo has none',
        );
      }
      return image.publicUrl;
    });
  }

  private async checkQuota(): Promise<void> {
    const limit = await this.graph.get<PublishingLimit>(`${this.igUserId}/content_publishing_limit`, {
      fields: 'quota_usage,config',
    });
    const usage = limit.data?.[0];
    const total = usage?.config?.quota_total ?? 50;
    const remaining = Math.max(0, total - (usage?.quota_usage ?? 0));
    this.quota = { remaining, resetAt: null };
    if (remaining === 0) {
      throw new PlatformError(
        'rate_limited',
        `Instagram allows ${total} posts a day and this account has used them all`,
        QUOTA_RETRY_MS,
      );
    }
  }

  private async container(fields: Record<string, string | boolean | undefined>): Promise<string> {
    return (await this.graph.post<{ id: string }>(`${this.igUserId}/media`, fields)).id;
  }

  private async carousel(request: PublishRequest, urls: string[]): Promise<string> {
    const children: string[] = [];
    for (const [index, image] of request.images.entries()) {
      children.push(
        await this.container({ image_url: urls[index], alt_text: image.altText, is_carousel_item: true }),
      );
    }
    return this.container({ media_type: 'CAROUSEL', children: children.join(','), caption: request.text });
  }

  /** Instagram downloads the image asynchronously; publishing an unfinished container fails. */
  private async waitUntilReady(containerId: string): Promise<void> {
    for (let check = 0; check < STATUS_CHECKS; check++) {
      const { status_code } = await this.graph.get<{ status_code?: string }>(containerId, {
        fields: 'status_code',
      });
      if (status_code === 'FINISHED') return;
      if (status_code === 'ERROR' || status_code === 'EXPIRED') {
        throw new PlatformError('rejected', 'Instagram could not fetch or accept this photo');
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.pollIntervalMs ?? 2000));
    }
    throw new PlatformError('transient', 'Instagram is still processing the photos; will retry');
  }
}
