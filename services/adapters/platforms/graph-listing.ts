// Reading Graph listings the way both Meta adapters need: following cursor pages, finding a
// post a crash hid from us, and keeping a reply cursor that never repeats or skips a comment.
import type { GraphClient, GraphParams } from './graph-client.ts';
import { samePostText } from './post-text.ts';
import type { IncomingReply, ReplyPage } from './types.ts';

interface Listing<T> {
  data?: T[];
  paging?: { cursors?: { after?: string }; next?: string };
}

/** Enough for a school account's recent posts; stops a runaway listing. */
const MAX_PAGES = 10;

export async function* readAll<T>(graph: GraphClient, path: string, query: GraphParams): AsyncGenerator<T> {
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const listing = await graph.get<Listing<T>>(path, { ...query, ...(after ? { after } : {}) });
    yield* listing.data ?? [];
    after = listing.paging?.cursors?.after;
    if (!listing.paging?.next || !after) return;
  }
}

export async function findRecentPost<T extends { id: string }>(
  graph: GraphClient,
  path: string,
  query: GraphParams,
  textOf: (post: T) => string | undefined,
  text: string,
): Promise<T | null> {
  for await (const post of readAll<T>(graph, path, query)) {
    if (samePostText(text, textOf(post))) return post;
  }
  return null;
}

/**
 * Graph times are whole seconds, so the cursor holds the newest second seen and the ids seen
 * in it: asking again from that second catches late arrivals without repeating anything.
 */
interface ReplyCursor {
  since: number;
  seen: string[];
}

function readCursor(cursor: string | undefined): ReplyCursor | null {
  if (!cursor) return null;
  const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as ReplyCursor;
  return { since: parsed.since, seen: parsed.seen };
}

function newReplies<T extends { id: string }>(
  previous: ReplyCursor | null,
  comments: T[],
  secondsOf: (comment: T) => number,
): { fresh: T[]; cursor: string | undefined } {
  const fresh = comments.filter(
    (c) =>
      !previous ||
      secondsOf(c) > previous.since ||
      (secondsOf(c) === previous.since && !previous.seen.includes(c.id)),
  );
  const newest = Math.max(previous?.since ?? 0, ...comments.map(secondsOf));
  const seen = [
    ...(previous?.since === newest ? previous.seen : []),
    ...fresh.filter((c) => secondsOf(c) === newest).map((c) => c.id),
  ];
  if (newest === 0) return { fresh, cursor: undefined };
  return { fresh, cursor: Buffer.from(JSON.stringify({ since: newest, seen })).toString('base64url') };
}

export const unixSeconds = (iso: string | undefined): number =>
  Math.floor(new Date(iso ?? 0).getTime() / 1000);

/** Comments on each post, keeping only those the cursor has not yet handed out. */
export async function collectReplies<T extends { id: string }>(
  graph: GraphClient,
  postIds: string[],
  cursor: string | undefined,
  edge: {
    query: (since: number | undefined) => GraphParams;
    timeOf: (comment: T) => string | undefined;
    toReply: (comment: T, postId: string) => IncomingReply | null;
  },
): Promise<ReplyPage> {
  const previous = readCursor(cursor);
  const found: { comment: T; postId: string }[] = [];
  for (const postId of postIds) {
    for await (const comment of readAll<T>(graph, `${postId}/comments`, edge.query(previous?.since))) {
      found.push({ comment, postId });
    }
  }
  const { fresh, cursor: next } = newReplies(
    previous,
    found.map((f) => ({ ...f, id: f.comment.id })),
    (f) => unixSeconds(edge.timeOf(f.comment)),
  );
  const replies = fresh.flatMap((f) => edge.toReply(f.comment, f.postId) ?? []);
  return next === undefined ? { replies } : { replies, cursor: next };
}
