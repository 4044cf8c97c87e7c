// The consent log's hook for photos: when a pupil's consent narrows, drafts whose photos show
// them unblurred are held, and those photos are sent back to the scanner, which now blurs them.
import type { AffectedDraftFinder } from '../consent/consent-loss.ts';
import { mayShow } from '../consent/consent-rules.ts';
import { consentsOfPupils } from '../repositories/consent.ts';
import { linksOfPupilsOnDrafts, updateMediaInput } from '../repositories/media.ts';

export const draftsShowingThem: AffectedDraftFinder = async (db, loss, drafts) => {
  const pupilIds = loss.people.filter((p) => p.kind === 'pupil').map((p) => p.id);
  if (!pupilIds.length || !drafts.length) return [];
  const platformsOf = new Map(drafts.map((d) => [d.id, d.platforms]));
  const links = await linksOfPupilsOnDrafts(db, pupilIds, [...platformsOf.keys()]);
  const consents = await consentsOfPupils(db, pupilIds);
  const affected = [];
  for (const link of links) {
    const kept = (link.media.faces as unknown as { id: string; action: string }[]).some(
      (f) => f.id === link.faceId && f.action === 'kept',
    );
    const platforms = platformsOf.get(link.media.draftId) ?? [];
    const records = consents.get(link.pupilId) ?? [];
    if (!kept || platforms.every((platform) => mayShow(records, { platform, at: loss.at }).allowed)) continue;
    // The sweep rescans pending photos; the draft's review waits for them.
    await updateMediaInput(db, link.media.id, {});
    affected.push({
      draftId: link.media.draftId,
      why: `a photo shows ${link.pupil.preferredName ?? link.pupil.firstName} ${link.pupil.lastName}`,
    });
  }
  return affected;
};
