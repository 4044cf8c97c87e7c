// What the fake X remembers: accounts and their keys, tweets by author, replies, hidden flags,
// uploaded media with alt text. Tests read it to see what really "reached X".
import { randomBytes } from 'node:crypto';

export interface XUserRecord {
  id: string;
  username: string;
  name: string;
  description?: string;
  createdAt?: Date;
  /** Followers must be accepted; requests wait in `followRequests`. */
  protected?: boolean;
}

export interface XTweetRecord {
  id: string;
  /** As X shows it: HTML-escaped, links shortened, a media link appended. */
  text: string;
  /** As the client sent it; X's duplicate check compares these. */
  submittedText: string;
  authorId: string;
  conversationId: string;
  inReplyToUserId?: string;
  createdAt: Date;
  mediaIds: string[];
  hidden: boolean;
}

export interface XMediaRecord {
  id: string;
  mediaKey: string;
  mimeType: string;
  totalBytes: number;
  chunks: Buffer[];
  bytes: Buffer | null;
  altText: string | null;
  ownerId: string;
}

export interface XAccountKeys {
  oauth1: { appKey: string; appSecret: string; accessToken: string; accessSecret: string };
  bearer: string;
}

export interface OAuth2Grant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string;
  userId: string;
}

export const mediaKeyOf = (mediaId: string) => `3_${mediaId}`;

const token = () => randomBytes(18).toString('base64url');

function shortLink(id: string): string {
  return `https://t.co/${BigInt(id).toString(36).slice(-10)}`;
}

/** X escapes &, <, > in v2 text and wraps every link in t.co. */
function asShown(text: string, id: string, hasMedia: boolean): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const linked = escaped.replace(/https?:\/\/\S+/g, () => shortLink(`${id}1`));
  return hasMedia ? `${linked} ${shortLink(id)}` : linked;
}

export class XState {
  readonly users = new Map<string, XUserRecord>();
  readonly tweets = new Map<string, XTweetRecord>();
  readonly media = new Map<string, XMediaRecord>();
  readonly apps = new Map<string, string>();
  readonly oauth1Tokens = new Map<string, { secret: string; userId: string }>();
  readonly bearerTokens = new Map<string, string>();
  readonly oauth2Clients = new Map<string, { secret: string | null }>();
  readonly oauth2Codes = new Map<string, OAuth2Grant>();
  /** Who follows whom, oldest follow first (user id → follower ids). */
  readonly followers = new Map<string, string[]>();
  /** Requests to follow a protected account, oldest first. */
  readonly followRequests = new Map<string, string[]>();
  /** Who each user blocks. */
  readonly blocks = new Map<string, Set<string>>();
  /** The app's plan includes the blocking endpoints (X offers them on Enterprise only). */
  blockingAllowed = false;
  private lastId = 1_860_000_000_000_000_000n;

  /** Snowflake-like: later ids compare greater, as since_id relies on. */
  newId(): string {
    this.lastId += BigInt(1 + Math.floor(Math.random() * 4096));
    return this.lastId.toString();
  }

  addUser(username: string): XUserRecord {
    const user = { id: this.newId(), username, name: username.replace(/_/g, ' ') };
    this.users.set(user.id, user);
    return user;
  }

  /** Someone new follows `userId` (or asks to, when it is protected). */
  addFollower(
    userId: string,
    username: string,
    profile: { name?: string; description?: string; createdAt?: Date } = {},
  ): XUserRecord {
    const user = { ...this.addUser(username), ...profile };
    this.users.set(user.id, user);
    const list = this.users.get(userId)?.protected ? this.followRequests : this.followers;
    list.set(userId, [...(list.get(userId) ?? []), user.id]);
    return user;
  }

  /** X ends a follow, both ways, when either side blocks. */
  block(userId: string, targetId: string): void {
    this.blocks.set(userId, (this.blocks.get(userId) ?? new Set()).add(targetId));
    for (const list of [this.followers, this.followRequests])
      list.set(
        userId,
        (list.get(userId) ?? []).filter((id) => id !== targetId),
      );
  }

  issueKeys(userId: string): XAccountKeys {
    const oauth1 = {
      appKey: token(),
      appSecret: token(),
      accessToken: `${userId}-${token()}`,
      accessSecret: token(),
    };
    this.apps.set(oauth1.appKey, oauth1.appSecret);
    this.oauth1Tokens.set(oauth1.accessToken, { secret: oauth1.accessSecret, userId });
    const bearer = token();
    this.bearerTokens.set(bearer, userId);
    return { oauth1, bearer };
  }

  /** As when the school revokes the app's access on x.com. */
  revoke(keys: XAccountKeys): void {
    this.oauth1Tokens.delete(keys.oauth1.accessToken);
    this.bearerTokens.delete(keys.bearer);
  }

  addTweet(input: {
    authorId: string;
    text: string;
    inReplyTo?: string;
    mediaIds?: string[];
    createdAt?: Date;
  }): XTweetRecord {
    const id = this.newId();
    const parent = input.inReplyTo ? this.tweets.get(input.inReplyTo) : undefined;
    const mediaIds = input.mediaIds ?? [];
    const tweet: XTweetRecord = {
      id,
      text: asShown(input.text, id, mediaIds.length > 0),
      submittedText: input.text,
      authorId: input.authorId,
      conversationId: parent?.conversationId ?? id,
      createdAt: input.createdAt ?? new Date(),
      mediaIds,
      hidden: false,
      ...(parent ? { inReplyToUserId: parent.authorId } : {}),
    };
    this.tweets.set(id, tweet);
    return tweet;
  }

  /** Someone else answering one of the account's posts. */
  addReply(fromUsername: string, inReplyTo: string, text: string): XTweetRecord {
    const author =
      [...this.users.values()].find((u) => u.username === fromUsername) ?? this.addUser(fromUsername);
    return this.addTweet({ authorId: author.id, text, inReplyTo });
  }

  tweetsBy(userId: string): XTweetRecord[] {
    return [...this.tweets.values()].filter((t) => t.authorId === userId);
  }

  altTextsOf(tweetId: string): (string | null)[] {
    return (this.tweets.get(tweetId)?.mediaIds ?? []).map((id) => this.media.get(id)?.altText ?? null);
  }
}
