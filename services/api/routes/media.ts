import { z } from 'zod';
import { IMAGE_SOURCES } from '../../../policies/media/image-rights.ts';
import { MEDIA_LIMITS } from '../../adapters/media/index.ts';
import { AppError } from '../../domain/errors.ts';
import { describeMedia, linkMediaFace, removeDraftMedia, reviewMedia } from '../../media/change-media.ts';
import { checkedDeclaration, declareImageSource } from '../../media/image-source.ts';
import { loadMediaFor, requireReviewer } from '../../media/media-access.ts';
import { viewableOriginal } from '../../media/original-view.ts';
import { uploadMedia } from '../../media/upload-media.ts';
import { findMedia } from '../../repositories/media.ts';
import { route } from '../route.ts';
import { id, mediaSchema } from '../schemas.ts';
import { readUpload } from '../uploads.ts';

const tag = 'media';
const altText = z.string().trim().max(1000, 'Keep the description under 1,000 characters.');
const source = z.enum(IMAGE_SOURCES, {
  message: `Say where the image comes from: one of ${IMAGE_SOURCES.join(', ')}.`,
});
const sourceNote = z.string().trim().max(500, 'Keep the note under 500 characters.');
const box = z.strictObject({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  w: z.number().int().min(1),
  h: z.number().int().min(1),
});

const linkQuery = z.strictObject({ expires: z.coerce.number().int(), signature: z.string().max(100) });

export const mediaRoutes = [
  route({
    method: 'post',
    path: '/api/drafts/:id/media',
    summary:
      'Attach a photo (multipart "file" + "altText", optional "source" and "sourceNote"); it is anonymised by the media-scan worker',
    tag,
    access: 'signed-in',
    response: mediaSchema,
    status: 201,
    async handler({ services, actor, params, req, res }) {
      const upload = await readUpload(req, res, 'file', MEDIA_LIMITS.maxBytes);
      const description = altText.safeParse(upload.fields.altText ?? '');
      if (!description.success) throw new AppError('validation_failed', description.error.issues[0]!.message);
      const declared = z
        .object({ source: source.optional(), sourceNote: sourceNote.optional() })
        .safeParse({ source: upload.fields.source || undefined, sourceNote: upload.fields.sourceNote });
      if (!declared.success) throw new AppError('validation_failed', declared.error.issues[0]!.message);
      const { source: from, sourceNote: note } = declared.data;
      return uploadMedia(services, actor, params.id!, {
        bytes: upload.bytes,
        altText: description.data,
        ...(from ? { declared: { source: from, sourceNote: note ?? null } } : {}),
      });
    },
  }),
  route({
    method: 'patch',
    path: '/api/media/:id',
    summary:
      'Change a photo’s description (alt text) and/or declare where it comes from (source, sourceNote)',
    tag,
    access: 'signed-in',
    body: z
      .strictObject({
        altText: altText.optional(),
        source: source.optional(),
        sourceNote: sourceNote.optional(),
      })
      .refine((b) => b.altText !== undefined || b.source !== undefined, 'Give an altText or a source.'),
    async handler({ services, actor, params, body }) {
      const declared = body.source && { source: body.source, sourceNote: body.sourceNote ?? null };
      if (declared) checkedDeclaration(declared);
      const described =
        body.altText === undefined
          ? undefined
          : await describeMedia(services, actor, params.id!, body.altText);
      return declared ? declareImageSource(services, actor, params.id!, declared) : described;
    },
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
  route({
    method: 'get',
    path: '/api/public-media/:id',
    summary: 'A processed photo by short-lived signed link, for platforms that fetch images (Instagram)',
    tag,
    access: 'public',
    query: linkQuery,
    async handler({ services, params, query, res }) {
      const media = services.mediaLinks.verify(params.id!, query.expires, query.signature)
        ? await findMedia(services.db, params.id!)
        : null;
      const bytes =
        media?.processedKey && media.state === 'READY'
          ? await services.storage.get(media.processedKey)
          : null;
      // One answer for every refusal, so the link reveals nothing about which photos exist.
      if (!bytes) throw new AppError('not_found', 'This link has expired or is not valid.');
      res.type('image/jpeg').set('cache-control', 'private, max-age=300').send(bytes);
      return undefined;
    },
  }),
];
