// What a scan's result depends on. A scan job carries it, so a job for outdated inputs knows to
// stop, and a change while a scan runs gets a job of its own instead of being swallowed.
import { createHash } from 'node:crypto';

export function scanRevision(media: {
  originalSha256: string;
  regions: unknown;
  links: { faceId: string; pupilId: string }[];
}): string {
  const links = media.links.map((l) => `${l.faceId}=${l.pupilId}`).sort();
  return createHash('sha256')
    .update(JSON.stringify([media.originalSha256, media.regions, links]))
    .digest('hex')
    .slice(0, 16);
}
