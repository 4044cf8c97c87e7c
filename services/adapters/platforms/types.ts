// What Gatepost needs from a social platform. Each platform (sandbox, X, Facebook Page,
// Instagram) implements this; the publish and reply workers only ever see this interface.

export interface OutgoingImage {
  /** The processed (anonymised, metadata-free) JPEG. */
  bytes: Buffer;
  mimeType: 'image/jpeg' | 'image/png';
  altText: string;
  /** A short-lived public URL of the same bytes, for platforms that fetch images (Instagram). */
  publicUrl?: string;
}

export interface PublishRequest {
  /** Gatepost's publication id: the idempotency key for this (draft, account). */
  publicationId: string;
  text: string;
  images: OutgoingImage[];
}

export interface PublishedPost {
  platformPostId: string;
  url: string;
}

export interface IncomingReply {
  platformReplyId: string;
  /** The platform id of the post (or conversation) it answers. */
  inReplyToPostId: string;
  authorHandle: string;
  authorId: string;
  text: string;
  createdAt: Date;
}

export interface ReplyPage {
  replies: IncomingReply[];
  /** Opaque; pass back to get only newer replies. Persisted by the caller. */
  cursor?: string;
  /** The platform holds more past this page: ask again now rather than at the next poll. */
  more?: boolean;
}

export type HideOutcome = 'hidden' | 'unhidden' | 'not_allowed';

/** not_allowed: the platform's API cannot block; someone blocks the author on the platform itself. */
export type BlockOutcome = 'blocked' | 'not_allowed';

/** Someone following the account, or asking to follow a protected one (§2: the officer vets them). */
export interface IncomingFollower {
  platformUserId: string;
  handle: string;
  displayName: string;
  bio: string;
  /** When their own account was made, where the platform says. */
  accountCreatedAt: Date | null;
  /** A request to follow a protected account, not yet accepted. */
  isRequest: boolean;
}

export interface FollowerPage {
  /** Newest followers first, as the platforms list them. */
  followers: IncomingFollower[];
  /** Opaque; pass back for the next (older) page. Absent on the last page. */
  cursor?: string;
}

/** removed: the person no longer follows; not_allowed: the API cannot do it for this account. */
export type RemoveOutcome = 'removed' | 'not_allowed';

export interface RateLimitState {
  remaining: number | null;
  resetAt: Date | null;
}

export interface PlatformAdapter {
  /**
   * Publishes text + images. Must be safe to call again after a crash: callers first use
   * findExisting, and adapters that can attach an idempotency key do so.
   */
  publish(request: PublishRequest): Promise<PublishedPost>;
  /** A post made for this publication already, e.g. before a crash lost the reply. */
  findExisting(request: PublishRequest, since: Date): Promise<PublishedPost | null>;
  delete(platformPostId: string): Promise<void>;
  listReplies(postIds: string[], cursor?: string): Promise<ReplyPage>;
  setReplyHidden(platformReplyId: string, hidden: boolean, onPostId: string): Promise<HideOutcome>;
  verifyCredentials(): Promise<{ handle: string }>;
  rateLimit(): RateLimitState;
  /** §5: stops this author replying to the account, where the platform's API allows; else absent. */
  blockAuthor?(authorId: string): Promise<BlockOutcome>;
  /** §2: the account's followers, newest first; absent where the platform's API does not list them. */
  listFollowers?(cursor?: string): Promise<FollowerPage>;
  /** Requests to follow a protected account, where the platform's API lists them. */
  listFollowRequests?(): Promise<IncomingFollower[]>;
  /** Makes a follower stop following, where the platform's API allows. */
  removeFollower?(platformUserId: string): Promise<RemoveOutcome>;
}

export type PlatformErrorKind =
  /** Worth retrying with backoff: 5xx, timeouts, garbled answers. */
  | 'transient'
  /** Retry after `retryAfterMs`. */
  | 'rate_limited'
  /** Credentials expired or revoked: a person must reconnect the account. */
  | 'auth'
  /** The platform refused this content; retrying the same content cannot help. */
  | 'rejected';

export class PlatformError extends Error {
  constructor(
    readonly kind: PlatformErrorKind,
    /** Plain words for the marketing officer, e.g. "X says the access token has expired". */
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
