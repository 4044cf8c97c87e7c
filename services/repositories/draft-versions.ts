// Each submitted version of a draft: what it said, who submitted it and when.
import { z } from 'zod';
import type { VersionContent } from '../domain/draft-changes.ts';
import type { Db } from './db.ts';

const storedPhotos = z.array(
  z.object({
    id: z.string(),
    originalSha256: z.string(),
    altText: z.string(),
    source: z.string().nullable(),
    sourceNote: z.string().nullable(),
  }),
);

export interface DraftVersion {
  number: number;
  content: VersionContent;
  contentHash: string;
  submittedById: string;
  submittedAt: Date;
}

export async function listDraftVersions(db: Db, draftId: string): Promise<DraftVersion[]> {
  const rows = await db.draftVersion.findMany({ where: { draftId }, orderBy: { number: 'asc' } });
  return rows.map((row) => ({
    number: row.number,
    content: {
      text: row.text,
      accountIds: row.accountIds,
      scheduledAt: row.scheduledAt?.toISOString() ?? null,
      // Written only by versionRecorded (drafts.ts); parsed so a hand-edited row fails loudly.
      media: storedPhotos.parse(row.media),
    },
    contentHash: row.contentHash,
    submittedById: row.submittedById,
    submittedAt: row.submittedAt,
  }));
}
