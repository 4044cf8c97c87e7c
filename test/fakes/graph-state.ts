// What the fake Graph API remembers: a Facebook Page and its linked Instagram professional
// account, their posts, uploaded photos with alt text, containers, comments and hidden flags.
import { randomBytes } from 'node:crypto';

export interface FbPhoto {
  id: string;
  pageId: string;
  bytes: Buffer;
  altText: string | null;
  published: boolean;
}

export interface FbPost {
  id: string;
  pageId: string;
  message: string;
  photoIds: string[];
  createdAt: Date;
}

export interface GraphComment {
  id: string;
  /** The Facebook post or Instagram media it is on. */
  on: string;
  fromId: string;
  fromName: string;
  text: string;
  createdAt: Date;
  hidden: boolean;
}

export interface IgContainer {
  id: string;
  igUserId: string;
  imageUrl: string | null;
  altText: string | null;
  caption: string;
  isCarouselItem: boolean;
  children: string[];
  statusCode: 'IN_PROGRESS' | 'FINISHED' | 'ERROR';
  published: boolean;
}

export interface IgMedia {
  id: string;
  igUserId: string;
  caption: string;
  permalink: string;
  images: { url: string; altText: string | null }[];
  createdAt: Date;
}

export class GraphState {
  readonly page = { id: '104857600000001', name: 'Oakfield Primary School' };
  readonly igUser = { id: '17841400000000001', username: 'oakfield_primary' };
  readonly otherPage = { id: '104857600000002', name: 'Riverside Gazette' };
  readonly tokens = new Map<string, { pageId: string; igUserId: string }>();
  readonly photos = new Map<string, FbPhoto>();
  readonly posts = new Map<string, FbPost>();
  readonly comments = new Map<string, GraphComment>();
  readonly containers = new Map<string, IgContainer>();
  readonly media = new Map<string, IgMedia>();
  /** People each Page has blocked (Facebook's Page "blocked" edge). */
  readonly blocked = new Map<string, Set<string>>();
  /** Instagram's content_publishing_limit: posts published in the rolling 24 hours. */
  quotaUsage = 0;
  readonly quotaTotal = 50;
  private lastId = 120_000_000_000_000n;

  constructor() {
    this.tokens.set(this.pageToken, { pageId: this.page.id, igUserId: this.igUser.id });
  }

  readonly pageToken = `EAAG${randomBytes(24).toString('base64url')}`;

  /** Whose token the request carries (the fake's `caller` is the token itself). */
  whoIs(request: { caller?: string }): { pageId: string; igUserId: string } | undefined {
    return this.tokens.get(request.caller ?? '');
  }

  newId(): string {
    this.lastId += 1n + BigInt(Math.floor(Math.random() * 1000));
    return this.lastId.toString();
  }

  addPost(pageId: string, message: string, photoIds: string[] = [], createdAt = new Date()): FbPost {
    const post = { id: `${pageId}_${this.newId()}`, pageId, message, photoIds, createdAt };
    this.posts.set(post.id, post);
    return post;
  }

  /** Someone commenting on a Facebook post or an Instagram media item. */
  addComment(on: string, fromName: string, text: string, createdAt = new Date()): GraphComment {
    const comment = { id: this.newId(), on, fromId: this.newId(), fromName, text, createdAt, hidden: false };
    this.comments.set(comment.id, comment);
    return comment;
  }

  altTextsOfPost(postId: string): (string | null)[] {
    return (this.posts.get(postId)?.photoIds ?? []).map((id) => this.photos.get(id)?.altText ?? null);
  }
}
