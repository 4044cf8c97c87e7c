import { z } from 'zod';
import { MEDIA_LIMITS } from '../../adapters/media/index.ts';
import { AppError } from '../../domain/errors.ts';
import { describeMedia, linkMediaFace, removeDraftMedia, reviewMedia } from '../../media/change-media.ts';
import { loadMediaFor, requireReviewer } from '../../media/media-access.ts';
import { viewableOriginal } from '../../media/original-view.ts';
import { uploadMedia } from '../../media/upload-media.ts';
import { route } from '../route.ts';
import { id, mediaSchema } from '../schemas.ts';
import { readUpload } from '../uploads.ts';

const tag = 'media';
const altText = z.string().trim().max(1000, 'Keep the description under 1,000 characters.');
const box = z.strictObject({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  w: z.number().int().min(1),
  h: z.number().int().min(1),
});

export const mediaRoutes = [
  route({
    method: 'post',
    path: '/api/drafts/:id/media',
    summary: 'Attach a photo (multipart "file" + "altText"); it is anonymised by the media-scan worker',
    tag,
    access: 'signed-in',
    response: mediaSchema,
    status: 201,
    async handler({ services, actor, params, req, res }) {
      const upload = await readUpload(req, res, 'file', MEDIA_LIMITS.maxBytes);
      const description = altText.safeParse(upload.fields.altText ?? '');
      if (!description.success) throw new AppError('validation_failed', description.error.issues[0]!.message);
      return uploadMedia(services, actor, params.id!, { bytes: upload.bytes, altText: description.data });
    },
  }),
  route({
    method: 'patch',
    path: '/api/media/:id',
    summary: 'Change a photo’s description (alt text)',
    tag,
    access: 'signed-in',
    body: z.strictObject({ altText }),
    handler: ({ services, actor, params, body }) => describeMedia(services, actor, params.id!, body.altText),
  }),
  route({
    method: 'post',
    path: '/api/media/:id/regions',
    summary: 'Reviewer: add areas to blur, or with none confirm the blurring is right',
    tag,
    access: 'signed-in',
    body: z.strictObject({ regions: z.array(box).max(200).default([]) }),
    handler: ({ services, actor, params, body }) => reviewMedia(services, actor, params.id!, body.regions),
  }),
  route({
    method: 'post',
    path: '/api/media/:id/faces/:faceId/link',
    summary: 'Link a detected face to a pupil (kept visible only with consent), or unlink with null',
    tag,
    access: 'signed-in',
    body: z.strictObject({ pupilId: id.nullable() }),
    handler: ({ services, actor, params, body }) =>
      linkMediaFace(services, actor, params.id!, params.faceId!, body.pupilId),
  }),
  route({
    method: 'delete',
    path: '/api/media/:id',
    summary: 'Remove a photo from its draft',
    tag,
    access: 'signed-in',
    status: 204,
    handler: async ({ services, actor, params }) => {
      await removeDraftMedia(services, actor, params.id!);
      return null;
    },
  }),
  route({
    method: 'get',
    path: '/api/media/:id/processed',
    summary: 'The anonymised photo exactly as it would be published (JPEG, no metadata)',
    tag,
    access: 'signed-in',
    async handler({ services, actor, params, res }) {
      const media = await loadMediaFor(services.db, actor, params.id!);
      const bytes = media.processedKey ? await services.storage.get(media.processedKey) : null;
      if (!bytes) throw new AppError('not_found', 'The photo has not been anonymised yet.');
      res.type('image/jpeg').set('cache-control', 'private, no-store').send(bytes);
      return undefined;
    },
  }),
  route({
    method: 'get',
    path: '/api/media/:id/original',
    summary: 'Reviewers only: the upload, upright and re-encoded as JPEG without metadata',
    tag,
    access: 'signed-in',
    async handler({ services, actor, params, res }) {
      const media = await loadMediaFor(services.db, actor, params.id!);
      requireReviewer(actor, media.draft);
      const bytes = media.originalDeletedAt ? null : await services.storage.get(media.originalKey);
      if (!bytes) throw new AppError('not_found', 'The original was deleted after the retention period.');
      res
        .type('image/jpeg')
        .set('cache-control', 'private, no-store')
        .send(await viewableOriginal(bytes));
      return undefined;
    },
  }),
];
