// Each submitted version of a draft: what it said, who submitted it and when.
import { z } from 'zod';
import { type DraftLike, type VersionContent, versionContent } from '../domain/draft-changes.ts';
import type { Prisma } from '../generated/prisma/client.ts';
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

/** Saves the draft as it is now as its next version, in the submit's transaction. */
export async function recordDraftVersion(
  tx: Prisma.TransactionClient,
  draft: DraftLike & { id: string; contentHash: string },
  submittedById: string,
): Promise<number> {
  const last = await tx.draftVersion.findFirst({
    where: { draftId: draft.id },
    orderBy: { number: 'desc' },
    select: { number: true },
  });
  const number = (last?.number ?? 0) + 1;
  const content = versionContent(draft);
  await tx.draftVersion.create({
    data: {
      draftId: draft.id,
      number,
      text: content.text,
      accountIds: content.accountIds,
      scheduledAt: draft.scheduledAt,
      media: content.media as unknown as Prisma.InputJsonValue,
      contentHash: draft.contentHash,
      submittedById,
    },
  });
  return number;
}

export async function listDraftVersions(db: Db, draftId: string): Promise<DraftVersion[]> {
  const rows = await db.draftVersion.findMany({ where: { draftId }, orderBy: { number: 'asc' } });
  return rows.map((row) => ({
    number: row.number,
    content: {
      text: row.text,
      accountIds: row.accountIds,
      scheduledAt: row.scheduledAt?.toISOString() ?? null,
      // Written only by recordDraftVersion above; parsed so a hand-edited row fails loudly.
      media: storedPhotos.parse(row.media),
    },
    contentHash: row.contentHash,
    submittedById: row.submittedById,
    submittedAt: row.submittedAt,
  }));
}
