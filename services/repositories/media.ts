// Photos attached to drafts, their scan results and the faces linked to pupils.
import type { ImageSource, MediaState, Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export interface NewMedia {
  id: string;
  draftId: string;
  altText: string;
  originalKey: string;
  originalSha256: string;
  uploadedById: string;
  source?: ImageSource | null;
  sourceNote?: string | null;
}

export async function addMedia(tx: Db, media: NewMedia) {
  // After the last one, not at the count: a removed photo leaves a gap, and two photos at one
  // position would have no settled order.
  const { _max } = await tx.media.aggregate({ where: { draftId: media.draftId }, _max: { position: true } });
  return tx.media.create({ data: { ...media, position: (_max.position ?? -1) + 1 } });
}

export const findMedia = (db: Db, id: string) =>
  db.media.findUnique({
    where: { id },
    include: { links: true, draft: { select: { id: true, schoolId: true, authorId: true, state: true } } },
  });

export interface ScanResult {
  processedKey: string;
  processedSha256: string;
  width: number;
  height: number;
  faces: Prisma.InputJsonValue;
  state: MediaState;
  reviewReasons: string[];
}

export const saveScan = (tx: Db, id: string, scan: ScanResult) =>
  tx.media.update({ where: { id }, data: { ...scan, reviewedById: null, reviewedAt: null } });

/** A content change (alt text, regions, links) sends the photo back to the scanner. */
export const updateMediaInput = (
  tx: Db,
  id: string,
  data: { altText?: string; regions?: Prisma.InputJsonValue },
) => tx.media.update({ where: { id }, data: { ...data, state: 'PENDING' } });

/** Alt text alone: the photo's bytes and blurring stand, so no new scan. */
export const saveDescription = (tx: Db, id: string, altText: string) =>
  tx.media.update({ where: { id }, data: { altText } });

export const markReviewed = (tx: Db, id: string, reviewerId: string) =>
  tx.media.update({
    where: { id },
    data: { state: 'READY', reviewedById: reviewerId, reviewedAt: new Date() },
  });

export const linkFace = (
  tx: Db,
  link: { mediaId: string; faceId: string; pupilId: string; linkedById: string },
) =>
  tx.faceLink.upsert({
    where: { mediaId_faceId: { mediaId: link.mediaId, faceId: link.faceId } },
    create: link,
    update: { pupilId: link.pupilId, linkedById: link.linkedById },
  });

export const unlinkFace = (tx: Db, mediaId: string, faceId: string) =>
  tx.faceLink.deleteMany({ where: { mediaId, faceId } });

export const removeMedia = (tx: Db, id: string) => tx.media.delete({ where: { id } });

/** Linked pupils per face of this photo, with what the consent rules need. */
export const linksWithPupils = (db: Db, mediaId: string) =>
  db.faceLink.findMany({ where: { mediaId }, include: { pupil: { include: { consents: true } } } });

/** Originals past their retention: the draft went out or was withdrawn long enough ago. */
export const originalsPastRetention = (db: Db, before: Date) =>
  db.media.findMany({
    where: {
      originalDeletedAt: null,
      draft: {
        state: { in: ['PUBLISHED', 'WITHDRAWN', 'REJECTED', 'TAKEN_DOWN'] },
        updatedAt: { lt: before },
      },
    },
    select: { id: true, originalKey: true },
    take: 500,
  });

export const markOriginalDeleted = (db: Db, id: string) =>
  db.media.update({ where: { id }, data: { originalDeletedAt: new Date() } });

/** Media still waiting for a scan whose job may have been lost. */
export const pendingMedia = (db: Db) =>
  db.media.findMany({ where: { state: 'PENDING' }, select: { id: true }, take: 1000 });

/** Face links of these pupils on photos of these drafts, with the photo's faces and draft. */
export const linksOfPupilsOnDrafts = (db: Db, pupilIds: string[], draftIds: string[]) =>
  db.faceLink.findMany({
    where: { pupilId: { in: pupilIds }, media: { draftId: { in: draftIds } } },
    include: { media: { select: { id: true, draftId: true, faces: true } }, pupil: true },
  });

/** Where a photo comes from (§3 copyright), as its author declared it. */
export const setImageSource = (
  tx: Db,
  id: string,
  declared: { source: ImageSource; sourceNote: string | null },
) => tx.media.update({ where: { id }, data: declared });
