// §2 on X: who follows the school's account (v2 followers), who asks to follow a protected one
// (v1.1 friendships/incoming: ids only, then a v2 users lookup), and blocking. X's public API
// cannot accept, decline or remove a follower; a block ends the follow, so "remove" is a block
// at once undone. Blocking is offered only to apps on X's Enterprise plan: others get a 403.
import { ApiResponseError, type UserV2 } from 'twitter-api-v2';
import type { BlockOutcome, FollowerPage, IncomingFollower, RemoveOutcome } from './types.ts';
import type { createXClient } from './x-client.ts';

type XClient = ReturnType<typeof createXClient>;

const USER_FIELDS: ('created_at' | 'description')[] = ['created_at', 'description'];
/** X's largest followers page. */
const FOLLOWERS_PAGE = 1000;
/** X's users lookup takes at most 100 ids. */
const LOOKUP_BATCH = 100;
/** One page of friendships/incoming holds up to 5,000 ids; more waiting requests than that is unheard of for a school. */
const MAX_REQUEST_PAGES = 3;

function asFollower(user: UserV2, isRequest: boolean): IncomingFollower {
  return {
    platformUserId: user.id,
    handle: `@${user.username}`,
    displayName: user.name,
    bio: user.description ?? '',
    accountCreatedAt: user.created_at ? new Date(user.created_at) : null,
    isRequest,
  };
}

export async function xFollowerPage(x: XClient, accountId: string, cursor?: string): Promise<FollowerPage> {
  const answer = await x.v2.followers(accountId, {
    max_results: FOLLOWERS_PAGE,
    'user.fields': USER_FIELDS,
    ...(cursor ? { pagination_token: cursor } : {}),
  });
  const followers = (answer.data ?? []).map((user) => asFollower(user, false));
  const next = answer.meta?.next_token;
  return next ? { followers, cursor: next } : { followers };
}

/** Null when X keeps v1.1 from this app (code 453 on plans without it): requests are then seen on x.com only. */
async function incomingPage(v1: NonNullable<XClient['v1']>, cursor: string) {
  try {
    return await v1.get<{ ids: string[]; next_cursor_str: string }>('friendships/incoming.json', {
      stringify_ids: true,
      cursor,
    });
  } catch (error) {
    if (error instanceof ApiResponseError && error.code === 403) return null;
    throw error;
  }
}

export async function xFollowRequests(x: XClient): Promise<IncomingFollower[]> {
  if (!x.v1) return [];
  const ids: string[] = [];
  let cursor = '-1';
  for (let page = 0; page < MAX_REQUEST_PAGES && cursor !== '0'; page++) {
    const answer = await incomingPage(x.v1, cursor);
    if (!answer) return [];
    ids.push(...answer.ids);
    cursor = answer.next_cursor_str;
  }
  const requests: IncomingFollower[] = [];
  for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
    const { data = [] } = await x.v2.users(ids.slice(i, i + LOOKUP_BATCH), { 'user.fields': USER_FIELDS });
    requests.push(...data.map((user) => asFollower(user, true)));
  }
  return requests;
}

/** X's answer when the app's plan does not include an endpoint ("Appropriate Level of API Access"). */
function refusedByPlan(error: unknown): boolean {
  if (!(error instanceof ApiResponseError) || error.code !== 403) return false;
  const data = error.data as { reason?: string; required_enrollment?: string };
  return data.reason === 'client-not-enrolled' || data.required_enrollment !== undefined;
}

export async function xBlock(x: XClient, accountId: string, targetId: string): Promise<BlockOutcome> {
  try {
    await x.v2.block(accountId, targetId);
    return 'blocked';
  } catch (error) {
    if (refusedByPlan(error)) return 'not_allowed';
    throw error;
  }
}

export async function xSoftBlock(x: XClient, accountId: string, targetId: string): Promise<RemoveOutcome> {
  if ((await xBlock(x, accountId, targetId)) === 'not_allowed') return 'not_allowed';
  await x.v2.unblock(accountId, targetId);
  return 'removed';
}
