// The X API v2 endpoints Gatepost uses, answering in X's published shapes: bodies are typed
// with the OpenAPI schema shipped in X's own SDK, so a drifting answer fails to compile.
import type { components } from 'twitter-api-sdk/dist/gen/openapi-types.js';
import type { FakeAnswer, FakeRequest, Route } from './http-fake.ts';
import { invalidRequest, json, problem } from './x-answers.ts';
import { followerRoutes } from './x-follower-routes.ts';
import { mediaRoutes } from './x-media-routes.ts';
import { oauth2Routes } from './x-oauth2-routes.ts';
import { mediaKeyOf, type XState, type XTweetRecord } from './x-state.ts';

type Schemas = components['schemas'];

function present(tweet: XTweetRecord, request: FakeRequest): Schemas['Tweet'] {
  const fields = new Set((request.url.searchParams.get('tweet.fields') ?? '').split(','));
  return {
    id: tweet.id,
    text: tweet.text,
    edit_history_tweet_ids: [tweet.id],
    ...(fields.has('author_id') ? { author_id: tweet.authorId } : {}),
    ...(fields.has('conversation_id') ? { conversation_id: tweet.conversationId } : {}),
    ...(fields.has('created_at') ? { created_at: tweet.createdAt.toISOString() } : {}),
    ...(fields.has('attachments') && tweet.mediaIds.length
      ? { attachments: { media_keys: tweet.mediaIds.map(mediaKeyOf) } }
      : {}),
    ...(fields.has('in_reply_to_user_id') && tweet.inReplyToUserId
      ? { in_reply_to_user_id: tweet.inReplyToUserId }
      : {}),
  };
}

function includedUsers(
  state: XState,
  tweets: XTweetRecord[],
  request: FakeRequest,
): Schemas['Expansions'] | undefined {
  if (!request.url.searchParams.get('expansions')?.split(',').includes('author_id')) return undefined;
  const ids = new Set(tweets.map((t) => t.authorId));
  return { users: [...ids].flatMap((id) => state.users.get(id) ?? []) };
}

const newestFirst = (a: XTweetRecord, b: XTweetRecord) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1);

/** X pages newest-first; the token here is the id to continue below. */
function page(tweets: XTweetRecord[], request: FakeRequest, tokenParam: string, max: number) {
  const token = request.url.searchParams.get(tokenParam);
  const rest = tweets.sort(newestFirst).filter((t) => !token || BigInt(t.id) < BigInt(token));
  const shown = rest.slice(0, max);
  const last = shown.at(-1);
  const meta = {
    result_count: shown.length,
    ...(shown[0] && last ? { newest_id: shown[0].id, oldest_id: last.id } : {}),
    ...(rest.length > max && last ? { next_token: last.id } : {}),
  };
  return { shown, meta };
}

function maxResults(request: FakeRequest, min: number, fallback: number): number | FakeAnswer {
  const max = Number(request.url.searchParams.get('max_results') ?? fallback);
  return max < min || max > 100 ? invalidRequest(`max_results must be between ${min} and 100`) : max;
}

const TWEET_LIMIT = 280;

function createTweet(state: XState, request: FakeRequest): FakeAnswer {
  const body = json(request) as Schemas['TweetCreateRequest'];
  const caller = request.caller ?? '';
  const text = body.text ?? '';
  const mediaIds = body.media?.media_ids ?? [];
  if (!text && mediaIds.length === 0) return invalidRequest('Tweet needs text or media');
  if ([...text].length > TWEET_LIMIT) return invalidRequest('Tweet text is too long.');
  if (mediaIds.some((id) => state.media.get(id)?.ownerId !== caller || !state.media.get(id)?.bytes)) {
    return invalidRequest('Your media IDs are invalid.');
  }
  if (state.tweetsBy(caller).some((t) => t.submittedText === text && text !== '')) {
    return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
  }
  const inReplyTo = body.reply?.in_reply_to_tweet_id;
  const tweet = state.addTweet({ authorId: caller, text, mediaIds, ...(inReplyTo ? { inReplyTo } : {}) });
  const answer: Schemas['TweetCreateResponse'] = { data: { id: tweet.id, text: tweet.text } };
  return { status: 201, body: answer };
}

function notFound(id: string): FakeAnswer {
  return problem(
    404,
    'Not Found Error',
    `Could not find tweet with id: [${id}].`,
    'https://api.twitter.com/2/problems/resource-not-found',
  );
}

function deleteTweet(state: XState, request: FakeRequest): FakeAnswer {
  const tweet = state.tweets.get(request.params.id ?? '');
  if (!tweet) return notFound(request.params.id ?? '');
  if (tweet.authorId !== request.caller)
    return problem(403, 'Forbidden', 'You are not allowed to delete this Tweet.');
  state.tweets.delete(tweet.id);
  const answer: Schemas['TweetDeleteResponse'] = { data: { deleted: true } };
  return { status: 200, body: answer };
}

function hideReply(state: XState, request: FakeRequest): FakeAnswer {
  const reply = state.tweets.get(request.params.id ?? '');
  if (!reply) return notFound(request.params.id ?? '');
  const root = state.tweets.get(reply.conversationId);
  if (reply.id === reply.conversationId || root?.authorId !== request.caller) {
    return problem(403, 'Forbidden', 'You can only hide or unhide replies to conversations you authored.');
  }
  const wanted = json(request) as Schemas['TweetHideRequest'];
  reply.hidden = wanted.hidden;
  const answer: Schemas['TweetHideResponse'] = { data: { hidden: reply.hidden } };
  return { status: 200, body: answer };
}

function lookup(state: XState, request: FakeRequest): FakeAnswer {
  const ids = (request.url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
  const found = ids.flatMap((id) => state.tweets.get(id) ?? []);
  const missing = ids.filter((id) => !state.tweets.has(id));
  const answer: Schemas['Get2TweetsResponse'] = {
    ...(found.length ? { data: found.map((t) => present(t, request)) } : {}),
    ...(missing.length
      ? {
          errors: missing.map((id) => ({
            title: 'Not Found Error',
            detail: `Could not find tweet with ids: [${id}].`,
            type: 'https://api.twitter.com/2/problems/resource-not-found',
          })),
        }
      : {}),
  };
  return { status: 200, body: answer };
}

function timeline(state: XState, request: FakeRequest): FakeAnswer {
  const params = request.url.searchParams;
  const start = params.get('start_time');
  const exclude = new Set((params.get('exclude') ?? '').split(','));
  const candidates = state
    .tweetsBy(request.params.id ?? '')
    .filter((t) => !start || t.createdAt >= new Date(start))
    .filter((t) => !exclude.has('replies') || t.conversationId === t.id);
  const max = maxResults(request, 5, 10);
  if (typeof max !== 'number') return max;
  const result = page(candidates, request, 'pagination_token', max);
  const answer: Schemas['Get2UsersIdTweetsResponse'] = {
    ...(result.shown.length ? { data: result.shown.map((t) => present(t, request)) } : {}),
    meta: result.meta,
  };
  return { status: 200, body: answer };
}

/** Only the operator Gatepost uses: `conversation_id:ID`, joined with OR. */
function searchRecent(state: XState, request: FakeRequest): FakeAnswer {
  const query = request.url.searchParams.get('query') ?? '';
  if (query.length > 512) return invalidRequest('Query is too long (512 characters at most).');
  const terms = query.replace(/^\(|\)$/g, '').split(' OR ');
  const conversations = terms.map((term) => /^conversation_id:(\d+)$/.exec(term.trim())?.[1]);
  if (conversations.some((id) => id === undefined))
    return invalidRequest(`The fake X does not understand: ${query}`);
  const sinceId = request.url.searchParams.get('since_id');
  const weekAgo = Date.now() - 7 * 24 * 3600_000;
  const matching = [...state.tweets.values()].filter(
    (t) =>
      conversations.includes(t.conversationId) &&
      t.createdAt.getTime() >= weekAgo &&
      (!sinceId || BigInt(t.id) > BigInt(sinceId)),
  );
  const max = maxResults(request, 10, 10);
  if (typeof max !== 'number') return max;
  const result = page(matching, request, 'next_token', max);
  const includes = includedUsers(state, result.shown, request);
  const answer: Schemas['Get2TweetsSearchRecentResponse'] = {
    ...(result.shown.length ? { data: result.shown.map((t) => present(t, request)) } : {}),
    ...(includes ? { includes } : {}),
    meta: result.meta,
  };
  return { status: 200, body: answer };
}

export function xRoutes(state: XState): Route[] {
  const me = (request: FakeRequest): FakeAnswer => {
    const user = state.users.get(request.caller ?? '');
    const answer: Schemas['Get2UsersMeResponse'] = user ? { data: user } : {};
    return { status: 200, body: answer };
  };
  return [
    { method: 'GET', pattern: '/2/users/me', handle: me },
    { method: 'POST', pattern: '/2/tweets', handle: (r) => createTweet(state, r) },
    { method: 'GET', pattern: '/2/tweets', handle: (r) => lookup(state, r) },
    { method: 'DELETE', pattern: '/2/tweets/:id', handle: (r) => deleteTweet(state, r) },
    { method: 'PUT', pattern: '/2/tweets/:id/hidden', handle: (r) => hideReply(state, r) },
    { method: 'GET', pattern: '/2/users/:id/tweets', handle: (r) => timeline(state, r) },
    { method: 'GET', pattern: '/2/tweets/search/recent', handle: (r) => searchRecent(state, r) },
    ...mediaRoutes(state),
    ...followerRoutes(state),
    ...oauth2Routes(state),
  ];
}
