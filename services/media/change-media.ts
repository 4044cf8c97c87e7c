// Changes to a photo after upload: its description, areas a reviewer adds to the blur, a face
// linked to a pupil (kept visible only with consent), or the photo removed.
import type { Box } from '../adapters/media/index.ts';
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import {
  findMedia,
  linkFace,
  markReviewed,
  removeMedia,
  saveDescription,
  unlinkFace,
  updateMediaInput,
} from '../repositories/media.ts';
import { findPupilOfSchool } from '../repositories/pupils.ts';
import { followUp, loadMediaFor, type MediaRole, requireReviewer, roleFor } from './media-access.ts';
import { mediaView } from './media-view.ts';
import { rehashDraft } from './rehash-draft.ts';

type Tx = Prisma.TransactionClient;
type Media = Awaited<ReturnType<typeof loadMediaFor>>;

/** Runs one change in a transaction, audits it, rehashes the draft and rescans if asked. */
async function change(
  services: Services,
  actor: Actor,
  mediaId: string,
  what: string,
  work: (
    tx: Tx,
    media: Media,
    role: MediaRole,
  ) => Promise<{ rescan: boolean; data?: Record<string, unknown> }>,
  asRole?: (media: Media) => MediaRole,
) {
  const { result, rescan, deleted } = await inTransaction(services.db, async (tx) => {
    const media = await loadMediaFor(tx, actor, mediaId);
    const role = asRole ? asRole(media) : roleFor(actor, media.draft);
    const done = await work(tx, media, role);
    await appendAudit(tx, {
      schoolId: media.draft.schoolId,
      actorId: actor.userId,
      action: `media.${what}`,
      subjectType: 'media',
      subjectId: mediaId,
      data: { draftId: media.draftId, ...done.data },
    });
    const result = await rehashDraft(tx, media.draftId, { actorId: actor.userId, as: role });
    return { result, rescan: done.rescan, deleted: what === 'remove' };
  });
  await followUp(services, result, rescan ? [mediaId] : []);
  if (deleted) return null;
  return mediaView((await findMedia(services.db, mediaId))!);
}

export const describeMedia = (services: Services, actor: Actor, mediaId: string, altText: string) =>
  change(services, actor, mediaId, 'describe', async (tx, media) => {
    await saveDescription(tx, media.id, altText);
    return { rescan: false, data: { before: media.altText, after: altText } };
  });

/**
 * A reviewer's look at a photo: more areas to blur (rescanned, so the draft is checked again),
 * or a confirmation that the blurring is right as it is.
 */
export const reviewMedia = (services: Services, actor: Actor, mediaId: string, regions: Box[]) =>
  change(
    services,
    actor,
    mediaId,
    regions.length ? 'regions' : 'confirm',
    async (tx, media) => {
      if (!regions.length) {
        if (media.state === 'PENDING')
          throw new AppError('invalid_state', 'The photo is still being scanned.');
        await markReviewed(tx, media.id, actor.userId);
        return { rescan: false };
      }
      const all = [...(media.regions as unknown as Box[]), ...regions];
      for (const r of regions) {
        if (media.width && media.height && (r.x + r.w > media.width || r.y + r.h > media.height)) {
          throw new AppError(
            'validation_failed',
            `A region lies outside the ${media.width}×${media.height} photo.`,
          );
        }
      }
      await updateMediaInput(tx, media.id, { regions: all as unknown as Prisma.InputJsonValue });
      return { rescan: true, data: { added: regions } };
    },
    (media) => {
      requireReviewer(actor, media.draft);
      return 'reviewer';
    },
  );

export const linkMediaFace = (
  services: Services,
  actor: Actor,
  mediaId: string,
  faceId: string,
  pupilId: string | null,
) =>
  change(services, actor, mediaId, pupilId ? 'link' : 'unlink', async (tx, media) => {
    const faces = media.faces as unknown as { id: string }[];
    if (!faces.some((f) => f.id === faceId))
      throw new AppError('not_found', 'That face is not in this photo.');
    if (pupilId) {
      const pupil = await findPupilOfSchool(tx, media.draft.schoolId, pupilId);
      if (!pupil) throw new AppError('validation_failed', 'That pupil is not on this school’s roster.');
      await linkFace(tx, { mediaId: media.id, faceId, pupilId, linkedById: actor.userId });
    } else {
      await unlinkFace(tx, media.id, faceId);
    }
    await updateMediaInput(tx, media.id, {});
    return { rescan: true, data: { faceId, pupilId } };
  });

export const removeDraftMedia = (services: Services, actor: Actor, mediaId: string) =>
  change(services, actor, mediaId, 'remove', async (tx, media) => {
    await removeMedia(tx, media.id);
    await services.storage.delete(media.originalKey);
    if (media.processedKey) await services.storage.delete(media.processedKey);
    return { rescan: false };
  });
