// The Facebook Page edges Gatepost uses: feed posts with attached unpublished photos, the
// Page's posts listing, comments and hiding them.
import { graphError, listing, missingObject, params, permissionError, text } from './graph-answers.ts';
import type { GraphState } from './graph-state.ts';
import type { FakeAnswer, FakeRequest, Route } from './http-fake.ts';

function uploadPhoto(state: GraphState, request: FakeRequest): FakeAnswer {
  const pageId = request.params.id ?? '';
  if (pageId !== state.whoIs(request)?.pageId) return permissionError();
  const all = params(request);
  const source = all.get('source');
  if (!(source instanceof Buffer) || source.length === 0)
    return graphError(400, 324, '(#324) Requires upload file');
  const published = text(all, 'published') !== 'false';
  const photo = {
    id: state.newId(),
    pageId,
    bytes: source,
    altText: text(all, 'alt_text_custom') ?? null,
    published,
  };
  state.photos.set(photo.id, photo);
  if (!published) return { status: 200, body: { id: photo.id } };
  const post = state.addPost(pageId, text(all, 'caption') ?? '', [photo.id]);
  return { status: 200, body: { id: photo.id, post_id: post.id } };
}

function publishToFeed(state: GraphState, request: FakeRequest): FakeAnswer {
  const pageId = request.params.id ?? '';
  if (pageId !== state.whoIs(request)?.pageId) return permissionError();
  const all = params(request);
  const photoIds: string[] = [];
  for (let i = 0; all.has(`attached_media[${i}]`); i++) {
    const { media_fbid } = JSON.parse(text(all, `attached_media[${i}]`) ?? '{}') as { media_fbid?: string };
    const photo = state.photos.get(media_fbid ?? '');
    if (!photo || photo.pageId !== pageId || photo.published) {
      return graphError(
        400,
        100,
        '(#100) Invalid attached_media: the photo must be an unpublished photo of this Page',
      );
    }
    photoIds.push(photo.id);
  }
  const message = text(all, 'message') ?? '';
  if (!message && photoIds.length === 0) return graphError(400, 100, '(#100) Missing message or attachment');
  if (message.length > 63_206) return graphError(400, 100, '(#100) Message is too long');
  for (const id of photoIds) {
    const photo = state.photos.get(id);
    if (photo) photo.published = true;
  }
  return { status: 200, body: { id: state.addPost(pageId, message, photoIds).id } };
}

function pagePosts(state: GraphState, request: FakeRequest): FakeAnswer {
  const pageId = request.params.id ?? '';
  const posts = [...state.posts.values()].filter((p) => p.pageId === pageId);
  return listing(request, posts, (p) => ({
    id: p.id,
    ...(p.message ? { message: p.message } : {}),
    created_time: p.createdAt.toISOString().replace('Z', '+0000'),
  }));
}

export function hideFacebookComment(state: GraphState, request: FakeRequest): FakeAnswer {
  const comment = state.comments.get(request.params.id ?? '');
  if (!comment) return missingObject(request.params.id ?? '');
  if (state.posts.get(comment.on)?.pageId !== state.whoIs(request)?.pageId) return permissionError();
  comment.hidden = text(params(request), 'is_hidden') === 'true';
  return { status: 200, body: { success: true } };
}

function blockPerson(state: GraphState, request: FakeRequest): FakeAnswer {
  const pageId = request.params.id ?? '';
  if (pageId !== state.whoIs(request)?.pageId) return permissionError();
  const user = text(params(request), 'user');
  if (!user) return graphError(400, 100, '(#100) The parameter user is required');
  state.blocked.set(pageId, new Set([...(state.blocked.get(pageId) ?? []), user]));
  return { status: 200, body: { [user]: true } };
}

export function facebookRoutes(state: GraphState): Route[] {
  return [
    { method: 'POST', pattern: '/:id/blocked', handle: (r) => blockPerson(state, r) },
    { method: 'POST', pattern: '/:id/photos', handle: (r) => uploadPhoto(state, r) },
    { method: 'POST', pattern: '/:id/feed', handle: (r) => publishToFeed(state, r) },
    { method: 'GET', pattern: '/:id/posts', handle: (r) => pagePosts(state, r) },
  ];
}
