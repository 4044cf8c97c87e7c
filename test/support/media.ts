// A scanned photo on a staff member's draft, stored as the media-scan worker would leave it,
// for tests that need one without waiting for face detection.
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import type { Database } from '../../services/adapters/db/database.ts';
import { LocalDirectoryStorage } from '../../services/adapters/storage/local-directory.ts';
import { inTransaction } from '../../services/repositories/db.ts';
import { addMedia, saveScan } from '../../services/repositories/media.ts';
import type { TestGatepost } from './gatepost.ts';
import { makeDraft, type SchoolFixture } from './schools.ts';

export const smallPhoto = () =>
  sharp({ create: { width: 96, height: 64, channels: 3, background: '#7a9cc6' } })
    .jpeg()
    .toBuffer();

export async function makeMedia(gp: TestGatepost, db: Database, school: SchoolFixture) {
  const draft = await makeDraft(db, school, 'DRAFT');
  const storage = new LocalDirectoryStorage(path.join(`/tmp/${gp.prefix}`, 'media'));
  const bytes = await smallPhoto();
  const id = randomUUID();
  await storage.put(`originals/${id}`, bytes);
  await storage.put(`processed/${id}.jpg`, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const faceId = 'face-10-10-20-20';
  await inTransaction(db.prisma, async (tx) => {
    await addMedia(tx, {
      id,
      draftId: draft.id,
      altText: 'A blue test card on a table',
      originalKey: `originals/${id}`,
      originalSha256: sha,
      uploadedById: school.userIds.staff,
    });
    await saveScan(tx, id, {
      processedKey: `processed/${id}.jpg`,
      processedSha256: sha,
      width: 96,
      height: 64,
      faces: [{ id: faceId, box: { x: 10, y: 10, w: 20, h: 20 }, score: 0.9, action: 'blurred' }],
      state: 'READY',
      reviewReasons: [],
    });
  });
  return { draftId: draft.id, mediaId: id, faceId };
}
