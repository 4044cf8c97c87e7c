// The sweep's share for photos: scans whose job went missing are asked for again, and
// originals (sensitive personal data) are deleted once their retention period has passed.
import type { Services } from '../context.ts';
import { markOriginalDeleted, originalsPastRetention, pendingMedia } from '../repositories/media.ts';
import { enqueueScan } from './media-access.ts';

export async function sweepMedia(services: Services): Promise<{ scans: number; originalsDeleted: number }> {
  const pending = await pendingMedia(services.db);
  for (const media of pending) await enqueueScan(services, media.id);
  const cutoff = new Date(Date.now() - services.config.GATEPOST_MEDIA_RETENTION_DAYS * 86_400_000);
  const expired = await originalsPastRetention(services.db, cutoff);
  for (const media of expired) {
    await services.storage.delete(media.originalKey);
    await markOriginalDeleted(services.db, media.id);
  }
  return { scans: pending.length, originalsDeleted: expired.length };
}
