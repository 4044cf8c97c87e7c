// The media-scan job: detect faces, blur every face that may not be shown, strip metadata,
// and store the result the approval will bind to. Fails closed (the media adapter blurs the
// whole photo and asks for review when detection fails).

import { createHash } from 'node:crypto';
import type { Box } from '../adapters/media/index.ts';
import { anonymiseImage } from '../adapters/media/index.ts';
import { platformNames } from '../checks/check-for-accounts.ts';
import type { Services } from '../context.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { findAccounts } from '../repositories/accounts.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft } from '../repositories/drafts.ts';
import { findMedia, saveScan } from '../repositories/media.ts';
import { facesAllowed } from './face-consent.ts';
import { followUp } from './media-access.ts';
import { rehashDraft } from './rehash-draft.ts';
import { scanRevision } from './scan-revision.ts';

export async function scanMedia(services: Services, mediaId: string, revision: string): Promise<void> {
  const media = await findMedia(services.db, mediaId);
  if (media?.state !== 'PENDING' || scanRevision(media) !== revision) return;
  const draft = (await findDraft(services.db, media.draftId))!;
  const original = await services.storage.get(media.originalKey);
  if (!original) throw new Error(`original of media ${mediaId} is missing from storage`);
  const accounts = await findAccounts(
    services.db,
    draft.targets.map((t) => t.accountId),
  );
  const { kept, refused } = await facesAllowed(
    services.db,
    media.links,
    accounts.map((a) => platformNames[a.platform]!),
    draft.scheduledAt ?? new Date(),
  );
  const result = await anonymiseImage(original, {
    keep: (face) => kept.has(face.id),
    regions: media.regions as unknown as Box[],
  });
  const processedKey = `processed/${mediaId}.jpg`;
  await services.storage.put(processedKey, result.image);
  const reasons = [
    ...result.review.reasons,
    ...[...refused.values()].map((why) => `A face linked to a pupil stays blurred: ${why}`),
  ];
  const rehashed = await inTransaction(services.db, async (tx) => {
    const current = await findMedia(tx, mediaId);
    // Changed while we worked: the newer job will scan the newer inputs.
    if (current?.state !== 'PENDING' || scanRevision(current) !== revision) return undefined;
    await saveScan(tx, mediaId, {
      processedKey,
      processedSha256: createHash('sha256').update(result.image).digest('hex'),
      width: result.width,
      height: result.height,
      faces: result.faces as unknown as Prisma.InputJsonValue,
      state: result.review.required ? 'REVIEW_REQUIRED' : 'READY',
      reviewReasons: reasons,
    });
    return rehashDraft(tx, media.draftId, { actorId: null, as: 'scanner' });
  });
  if (rehashed) await followUp(services, rehashed, []);
}
