// Graph's node endpoints (read, update, delete any object by id) and the comments edge, over
// the objects of both the Facebook Page and the Instagram account.
import { listing, missingObject, permissionError, pick } from './graph-answers.ts';
import { facebookRoutes, hideFacebookComment } from './graph-facebook-routes.ts';
import { hideInstagramComment, instagramRoutes } from './graph-instagram-routes.ts';
import type { GraphComment, GraphState } from './graph-state.ts';
import type { FakeAnswer, FakeRequest, Route } from './http-fake.ts';

const graphTime = (date: Date) => date.toISOString().replace('Z', '+0000');

function renderComment(
  state: GraphState,
  request: FakeRequest,
  comment: GraphComment,
): Record<string, unknown> {
  const post = state.posts.get(comment.on);
  if (post) {
    return {
      id: comment.id,
      message: comment.text,
      created_time: graphTime(comment.createdAt),
      from: { id: comment.fromId, name: comment.fromName },
      is_hidden: comment.hidden,
      can_hide: post.pageId === state.whoIs(request)?.pageId,
    };
  }
  return {
    id: comment.id,
    text: comment.text,
    timestamp: graphTime(comment.createdAt),
    from: { id: comment.fromId, username: comment.fromName },
    hidden: comment.hidden,
    media: { id: comment.on },
  };
}

function node(state: GraphState, request: FakeRequest, id: string): Record<string, unknown> | null {
  for (const page of [state.page, state.otherPage]) if (page.id === id) return page;
  if (state.igUser.id === id) return state.igUser;
  const post = state.posts.get(id);
  if (post) return { id, message: post.message, created_time: graphTime(post.createdAt) };
  const comment = state.comments.get(id);
  if (comment) return renderComment(state, request, comment);
  const container = state.containers.get(id);
  if (container) return { id, status_code: container.statusCode };
  const media = state.media.get(id);
  if (media) {
    const { caption, permalink } = media;
    return { id, caption, permalink, owner: { id: media.igUserId }, timestamp: graphTime(media.createdAt) };
  }
  return null;
}

function read(state: GraphState, request: FakeRequest): FakeAnswer {
  const id = request.params.id ?? '';
  const found = node(state, request, id);
  return found ? { status: 200, body: pick(request, found) } : missingObject(id);
}

function update(state: GraphState, request: FakeRequest): FakeAnswer {
  const comment = state.comments.get(request.params.id ?? '');
  if (!comment) return missingObject(request.params.id ?? '');
  return state.posts.has(comment.on)
    ? hideFacebookComment(state, request)
    : hideInstagramComment(state, request);
}

function remove(state: GraphState, request: FakeRequest): FakeAnswer {
  const id = request.params.id ?? '';
  const who = state.whoIs(request);
  const post = state.posts.get(id);
  const media = state.media.get(id);
  if (!post && !media) return missingObject(id);
  if ((post && post.pageId !== who?.pageId) || (media && media.igUserId !== who?.igUserId))
    return permissionError();
  state.posts.delete(id);
  state.media.delete(id);
  return { status: 200, body: { success: true } };
}

function comments(state: GraphState, request: FakeRequest): FakeAnswer {
  const on = request.params.id ?? '';
  if (!state.posts.has(on) && !state.media.has(on)) return missingObject(on);
  const items = [...state.comments.values()].filter((c) => c.on === on);
  const order = request.url.searchParams.get('order') === 'chronological' ? 'chronological' : 'newest';
  return listing(request, items, (c) => renderComment(state, request, c), order);
}

export function graphRoutes(state: GraphState): Route[] {
  return [
    { method: 'GET', pattern: '/:id', handle: (r) => read(state, r) },
    { method: 'POST', pattern: '/:id', handle: (r) => update(state, r) },
    { method: 'DELETE', pattern: '/:id', handle: (r) => remove(state, r) },
    { method: 'GET', pattern: '/:id/comments', handle: (r) => comments(state, r) },
    ...facebookRoutes(state),
    ...instagramRoutes(state),
  ];
}
