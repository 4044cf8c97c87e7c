// Photos at publishing time: the processed bytes that were approved, and a last check that
// every face left visible still belongs to a pupil whose consent covers this platform now.

import type { PlatformName } from '../../policies/types.ts';
import type { OutgoingImage } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import type { Db } from '../repositories/db.ts';
import type { DraftDetail } from '../repositories/drafts.ts';
import { facesAllowed } from './face-consent.ts';

type DraftMedia = DraftDetail['media'];

interface StoredFace {
  id: string;
  action: 'blurred' | 'kept';
}

/** Why a visible face may no longer be shown on this platform, or nothing. */
export async function visibleFaceWithoutConsent(db: Db, media: DraftMedia, platform: PlatformName) {
  for (const [index, m] of media.entries()) {
    const kept = new Set(
      (m.faces as unknown as StoredFace[]).filter((f) => f.action === 'kept').map((f) => f.id),
    );
    const links = m.links.filter((l) => kept.has(l.faceId));
    if (!links.length) continue;
    const { refused } = await facesAllowed(db, links, [platform], new Date());
    const [why] = refused.values();
    if (why) return `Photo ${index + 1} shows a pupil whose consent no longer allows it: ${why}`;
  }
  return undefined;
}

export async function publishableImages(services: Services, media: DraftMedia): Promise<OutgoingImage[]> {
  const images: OutgoingImage[] = [];
  for (const m of media) {
    const bytes = m.processedKey ? await services.storage.get(m.processedKey) : null;
    // Approval binds the processed bytes: anything else must not go out.
    if (!bytes || m.state !== 'READY') throw new Error(`photo ${m.id} is not ready to publish`);
    images.push({
      bytes,
      mimeType: 'image/jpeg',
      altText: m.altText,
      publicUrl: services.mediaLinks.url(m.id),
    });
  }
  return images;
}
