// The Instagram professional-account edges Gatepost uses: containers (single image or
// carousel), publishing them within the daily budget, the media listing, hiding comments.
import { graphError, listing, missingObject, params, permissionError, text } from './graph-answers.ts';
import type { GraphState, IgContainer } from './graph-state.ts';
import type { FakeAnswer, FakeRequest, Route } from './http-fake.ts';

const CAPTION_LIMIT = 2200;
const CAROUSEL_LIMIT = 10;

function createContainer(state: GraphState, request: FakeRequest): FakeAnswer {
  const igUserId = request.params.id ?? '';
  if (state.whoIs(request)?.igUserId !== igUserId) return permissionError();
  const all = params(request);
  const caption = text(all, 'caption') ?? '';
  if (caption.length > CAPTION_LIMIT) return graphError(400, 100, '(#100) The caption is too long');
  const carousel = text(all, 'media_type') === 'CAROUSEL';
  const children = (text(all, 'children') ?? '').split(',').filter(Boolean);
  const imageUrl = text(all, 'image_url') ?? null;
  if (carousel && (children.length < 2 || children.length > CAROUSEL_LIMIT)) {
    return graphError(400, 100, '(#100) A carousel needs 2 to 10 children');
  }
  if (carousel && children.some((id) => !state.containers.get(id)?.isCarouselItem)) {
    return graphError(400, 100, '(#100) Invalid carousel children');
  }
  if (!carousel && !imageUrl?.startsWith('http'))
    return graphError(400, 9004, '(#9004) The media could not be fetched from this URI');
  const container: IgContainer = {
    id: state.newId(),
    igUserId,
    imageUrl,
    altText: text(all, 'alt_text') ?? null,
    caption,
    isCarouselItem: text(all, 'is_carousel_item') === 'true',
    children,
    statusCode: 'FINISHED',
    published: false,
  };
  state.containers.set(container.id, container);
  return { status: 200, body: { id: container.id } };
}

function publish(state: GraphState, request: FakeRequest): FakeAnswer {
  const igUserId = request.params.id ?? '';
  const container = state.containers.get(text(params(request), 'creation_id') ?? '');
  if (!container || container.igUserId !== igUserId || container.isCarouselItem) {
    return graphError(400, 100, '(#100) Invalid creation_id');
  }
  if (container.statusCode !== 'FINISHED')
    return graphError(400, 9007, 'The media is not ready for publishing', 2207027);
  if (container.published) return graphError(400, 9, 'The media has already been published', 2207006);
  if (state.quotaUsage >= state.quotaTotal)
    return graphError(400, 9, 'Application request limit reached', 2207042);
  const parts = container.children.length
    ? container.children.flatMap((id) => state.containers.get(id) ?? [])
    : [container];
  container.published = true;
  state.quotaUsage += 1;
  const id = state.newId();
  state.media.set(id, {
    id,
    igUserId,
    caption: container.caption,
    permalink: `https://www.instagram.com/p/${BigInt(id).toString(36)}/`,
    images: parts.map((p) => ({ url: p.imageUrl ?? '', altText: p.altText })),
    createdAt: new Date(),
  });
  return { status: 200, body: { id } };
}

function userMedia(state: GraphState, request: FakeRequest): FakeAnswer {
  const items = [...state.media.values()].filter((m) => m.igUserId === request.params.id);
  return listing(request, items, (m) => ({
    id: m.id,
    caption: m.caption,
    permalink: m.permalink,
    timestamp: m.createdAt.toISOString().replace('Z', '+0000'),
  }));
}

function publishingLimit(state: GraphState, request: FakeRequest): FakeAnswer {
  if (request.params.id !== state.igUser.id) return missingObject(request.params.id ?? '');
  const usage = {
    quota_usage: state.quotaUsage,
    config: { quota_total: state.quotaTotal, quota_duration: 86_400 },
  };
  return { status: 200, body: { data: [usage] } };
}

export function hideInstagramComment(state: GraphState, request: FakeRequest): FakeAnswer {
  const comment = state.comments.get(request.params.id ?? '');
  if (!comment) return missingObject(request.params.id ?? '');
  if (state.media.get(comment.on)?.igUserId !== state.whoIs(request)?.igUserId) return permissionError();
  comment.hidden = text(params(request), 'hide') === 'true';
  return { status: 200, body: { success: true } };
}

export function instagramRoutes(state: GraphState): Route[] {
  return [
    { method: 'POST', pattern: '/:id/media', handle: (r) => createContainer(state, r) },
    { method: 'POST', pattern: '/:id/media_publish', handle: (r) => publish(state, r) },
    { method: 'GET', pattern: '/:id/media', handle: (r) => userMedia(state, r) },
    { method: 'GET', pattern: '/:id/content_publishing_limit', handle: (r) => publishingLimit(state, r) },
  ];
}
