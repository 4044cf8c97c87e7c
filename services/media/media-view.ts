// A photo as the API returns it (DESIGN.md: media:[{id,altText,faces:[{box,action,personId?}]}]).
import type { Prisma } from '../generated/prisma/client.ts';

type StoredMedia = Prisma.MediaGetPayload<{ include: { links: true } }>;

interface StoredFace {
  id: string;
  box: { x: number; y: number; w: number; h: number };
  score: number;
  action: 'blurred' | 'kept';
}

export function mediaView(media: StoredMedia) {
  const links = new Map(media.links.map((l) => [l.faceId, l.pupilId]));
  return {
    id: media.id,
    altText: media.altText,
    // §3 copyright: where it comes from (null until declared, which blocks).
    source: media.source,
    sourceNote: media.sourceNote,
    state: media.state,
    width: media.width,
    height: media.height,
    reviewReasons: media.reviewReasons,
    reviewed: media.reviewedAt ? { by: media.reviewedById, at: media.reviewedAt.toISOString() } : null,
    faces: (media.faces as unknown as StoredFace[]).map((f) => ({
      id: f.id,
      box: f.box,
      score: f.score,
      action: f.action,
      ...(links.has(f.id) ? { personId: links.get(f.id) } : {}),
    })),
    regions: media.regions,
    processedUrl: media.processedKey ? `/api/media/${media.id}/processed` : null,
  };
}
