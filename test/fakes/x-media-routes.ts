// X's v2 chunked media upload and alt-text metadata. X's SDK schema predates these endpoints,
// so the answers are typed with twitter-api-v2's own declarations of them.
import type {
  MediaV2MetadataCreateResult,
  MediaV2UploadResponse,
} from 'twitter-api-v2/dist/esm/types/v2/media.v2.types.js';
import type { FakeAnswer, FakeRequest, Route } from './http-fake.ts';
import { readMultipart } from './multipart.ts';
import { invalidRequest, json } from './x-answers.ts';
import { mediaKeyOf, type XMediaRecord, type XState } from './x-state.ts';

const ALT_TEXT_LIMIT = 1000;
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

function uploaded(media: XMediaRecord): FakeAnswer {
  const answer: MediaV2UploadResponse = {
    data: { id: media.id, media_key: media.mediaKey, expires_after_secs: 86_400, size: media.totalBytes },
  };
  return { status: 200, body: answer };
}

function initialize(state: XState, request: FakeRequest): FakeAnswer {
  const body = json(request);
  const mimeType = String(body.media_type ?? '');
  const totalBytes = Number(body.total_bytes);
  if (!IMAGE_TYPES.has(mimeType)) return invalidRequest(`media_type ${mimeType} is not supported`);
  if (!(totalBytes > 0)) return invalidRequest('total_bytes is required');
  const id = state.newId();
  const media: XMediaRecord = {
    id,
    mediaKey: mediaKeyOf(id),
    mimeType,
    totalBytes,
    chunks: [],
    bytes: null,
    altText: null,
    ownerId: request.caller ?? '',
  };
  state.media.set(id, media);
  return uploaded(media);
}

function owned(state: XState, request: FakeRequest, id: string): XMediaRecord | null {
  const media = state.media.get(id);
  return media && media.ownerId === request.caller ? media : null;
}

function append(state: XState, request: FakeRequest): FakeAnswer {
  const media = owned(state, request, request.params.id ?? '');
  if (!media) return invalidRequest('media id is invalid');
  const form = readMultipart(request.body, request.headers['content-type']);
  const segment = Number(form.get('segment_index')?.toString('utf8'));
  const part = form.get('media');
  if (!part || !Number.isInteger(segment)) return invalidRequest('segment_index and media are required');
  media.chunks[segment] = Buffer.from(part);
  return { status: 200, body: { data: { expires_at: Date.now() + 86_400_000 } } };
}

function finalize(state: XState, request: FakeRequest): FakeAnswer {
  const media = owned(state, request, request.params.id ?? '');
  if (!media) return invalidRequest('media id is invalid');
  const bytes = Buffer.concat(media.chunks);
  if (bytes.length !== media.totalBytes) return invalidRequest('File size does not match total_bytes');
  media.bytes = bytes;
  return uploaded(media);
}

function metadata(state: XState, request: FakeRequest): FakeAnswer {
  const body = json(request) as { id?: string; metadata?: { alt_text?: { text?: string } } };
  const media = owned(state, request, body.id ?? '');
  const text = body.metadata?.alt_text?.text;
  if (!media || text === undefined) return invalidRequest('id and metadata.alt_text.text are required');
  if ([...text].length > ALT_TEXT_LIMIT) return invalidRequest('Alt text is longer than 1000 characters');
  media.altText = text;
  const answer: MediaV2MetadataCreateResult = {
    data: { id: media.id, associated_metadata: { alt_text: { text } } },
  };
  return { status: 200, body: answer };
}

export function mediaRoutes(state: XState): Route[] {
  return [
    { method: 'POST', pattern: '/2/media/upload/initialize', handle: (r) => initialize(state, r) },
    { method: 'POST', pattern: '/2/media/upload/:id/append', handle: (r) => append(state, r) },
    { method: 'POST', pattern: '/2/media/upload/:id/finalize', handle: (r) => finalize(state, r) },
    { method: 'POST', pattern: '/2/media/metadata', handle: (r) => metadata(state, r) },
  ];
}
