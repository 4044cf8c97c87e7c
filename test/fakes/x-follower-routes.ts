// X's follower endpoints as its public API has them: v2 followers (newest first, paged by an
// opaque token), v2 users lookup, v1.1 friendships/incoming (ids only, OAuth 1.0a user keys only,
// cursor -1 first and "0" when done), and v2 block/unblock, which X answers with its "Appropriate
// Level of API Access" 403 unless the app's plan includes them (Enterprise).
import type { components } from 'twitter-api-sdk/dist/gen/openapi-types.js';
import type { FakeAnswer, FakeRequest, Route } from './http-fake.ts';
import { invalidRequest, json, problem } from './x-answers.ts';
import type { XState, XUserRecord } from './x-state.ts';

type Schemas = components['schemas'];

function present(user: XUserRecord, request: FakeRequest): Schemas['User'] {
  const fields = new Set((request.url.searchParams.get('user.fields') ?? '').split(','));
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    ...(fields.has('created_at') && user.createdAt ? { created_at: user.createdAt.toISOString() } : {}),
    ...(fields.has('description') ? { description: user.description ?? '' } : {}),
    ...(fields.has('protected') ? { protected: user.protected ?? false } : {}),
  };
}

const pageToken = (offset: number) => `F${offset.toString(36).toUpperCase().padStart(14, '0')}`;
const offsetOf = (token: string) =>
  /^F[0-9A-Z]{14}$/.test(token) ? Number.parseInt(token.slice(1), 36) : null;

function followers(state: XState, request: FakeRequest): FakeAnswer {
  const params = request.url.searchParams;
  const max = Number(params.get('max_results') ?? 100);
  if (!Number.isInteger(max) || max < 1 || max > 1000)
    return invalidRequest('max_results must be between 1 and 1000');
  const token = params.get('pagination_token');
  const offset = token ? offsetOf(token) : 0;
  if (offset === null) return invalidRequest(`pagination_token ${token} is not valid`);
  const newestFirst = [...(state.followers.get(request.params.id ?? '') ?? [])].reverse();
  const shown = newestFirst.slice(offset, offset + max).flatMap((id) => state.users.get(id) ?? []);
  const answer: Schemas['Get2UsersIdFollowersResponse'] = {
    ...(shown.length ? { data: shown.map((u) => present(u, request)) } : {}),
    meta: {
      result_count: shown.length,
      ...(offset + max < newestFirst.length ? { next_token: pageToken(offset + max) } : {}),
      ...(offset > 0 ? { previous_token: pageToken(Math.max(0, offset - max)) } : {}),
    },
  };
  return { status: 200, body: answer };
}

function lookup(state: XState, request: FakeRequest): FakeAnswer {
  const ids = (request.url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
  if (!ids.length || ids.length > 100) return invalidRequest('ids must name between 1 and 100 users');
  const found = ids.flatMap((id) => state.users.get(id) ?? []);
  const missing = ids.filter((id) => !state.users.has(id));
  const answer: Schemas['Get2UsersResponse'] = {
    ...(found.length ? { data: found.map((u) => present(u, request)) } : {}),
    ...(missing.length
      ? {
          errors: missing.map((id) => ({
            title: 'Not Found Error',
            detail: `Could not find user with ids: [${id}].`,
            type: 'https://api.twitter.com/2/problems/resource-not-found',
          })),
        }
      : {}),
  };
  return { status: 200, body: answer };
}

const REQUESTS_PAGE = 5000;

function incoming(state: XState, request: FakeRequest): FakeAnswer {
  if (request.headers.authorization?.startsWith('Bearer '))
    return {
      status: 403,
      body: { errors: [{ code: 220, message: 'Your credentials do not allow access to this resource.' }] },
    };
  const cursor = Number(request.url.searchParams.get('cursor') ?? -1);
  const start = cursor === -1 ? 0 : cursor;
  const ids = (state.followRequests.get(request.caller ?? '') ?? []).slice().reverse();
  const shown = ids.slice(start, start + REQUESTS_PAGE);
  const next = start + REQUESTS_PAGE < ids.length ? start + REQUESTS_PAGE : 0;
  return {
    status: 200,
    body: {
      ids: shown,
      next_cursor: next,
      next_cursor_str: String(next),
      previous_cursor: 0,
      previous_cursor_str: '0',
    },
  };
}

function blockingRefused(state: XState, request: FakeRequest): FakeAnswer | null {
  if (!state.blockingAllowed)
    return {
      status: 403,
      body: {
        title: 'Client Forbidden',
        detail:
          'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.',
        reason: 'client-not-enrolled',
        required_enrollment: 'Appropriate Level of API Access',
        registration_url: 'https://developer.x.com/en/portal/product',
        type: 'https://api.twitter.com/2/problems/client-forbidden',
      },
    };
  const source = request.params.id ?? request.params.source_user_id;
  return source === request.caller
    ? null
    : problem(403, 'Forbidden', 'You can only block on behalf of yourself.');
}

function block(state: XState, request: FakeRequest): FakeAnswer {
  const refused = blockingRefused(state, request);
  if (refused) return refused;
  const { target_user_id: target } = json(request) as Schemas['BlockUserRequest'];
  if (!target || !state.users.has(target)) return invalidRequest('target_user_id must name a user');
  state.block(request.caller ?? '', target);
  const answer: Schemas['BlockUserMutationResponse'] = { data: { blocking: true } };
  return { status: 200, body: answer };
}

function unblock(state: XState, request: FakeRequest): FakeAnswer {
  const refused = blockingRefused(state, request);
  if (refused) return refused;
  state.blocks.get(request.caller ?? '')?.delete(request.params.target_user_id ?? '');
  const answer: Schemas['BlockUserMutationResponse'] = { data: { blocking: false } };
  return { status: 200, body: answer };
}

export function followerRoutes(state: XState): Route[] {
  return [
    { method: 'GET', pattern: '/2/users/:id/followers', handle: (r) => followers(state, r) },
    { method: 'GET', pattern: '/2/users', handle: (r) => lookup(state, r) },
    { method: 'GET', pattern: '/1.1/friendships/incoming.json', handle: (r) => incoming(state, r) },
    { method: 'POST', pattern: '/2/users/:id/blocking', handle: (r) => block(state, r) },
    {
      method: 'DELETE',
      pattern: '/2/users/:source_user_id/blocking/:target_user_id',
      handle: (r) => unblock(state, r),
    },
  ];
}
