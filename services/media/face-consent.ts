// Which faces of a photo may stay visible: only those linked to a pupil whose consent covers
// showing them on every platform the post goes to, at the time it goes out (§7).
import type { PlatformName } from '../../policies/types.ts';
import { mayShow } from '../consent/consent-rules.ts';
import { consentsOfPupils } from '../repositories/consent.ts';
import type { Db } from '../repositories/db.ts';

export interface FaceLinkRef {
  faceId: string;
  pupilId: string;
}

/** Face ids that may be shown, and for the others why not (for the officer). */
export async function facesAllowed(db: Db, links: FaceLinkRef[], platforms: PlatformName[], at: Date) {
  const consents = await consentsOfPupils(db, [...new Set(links.map((l) => l.pupilId))]);
  const kept = new Set<string>();
  const refused = new Map<string, string>();
  for (const link of links) {
    const records = consents.get(link.pupilId) ?? [];
    const answers = platforms.map((platform) => mayShow(records, { platform, at }));
    const refusal = answers.find((a) => !a.allowed);
    if (refusal && !refusal.allowed) refused.set(link.faceId, refusal.message);
    else kept.add(link.faceId);
  }
  return { kept, refused };
}
