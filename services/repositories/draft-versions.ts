// Each submitted version of a draft: what it said, who submitted it and when.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type DraftLike, type VersionContent, versionContent } from '../domain/draft-changes.ts';
import { Prisma } from '../generated/prisma/client.ts';
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

/**
 * The draft as it is now saved as its next version, alongside the submit's move (see
 * `moveDraft`): written only if the draft moved, numbered after the versions before it.
 */
export function versionRecorded(
  draft: DraftLike & { id: string; contentHash: string },
  submittedById: string,
): Prisma.Sql {
  const content = versionContent(draft);
  return Prisma.sql`
    INSERT INTO "DraftVersion" (id, "draftId", number, text, "accountIds", "scheduledAt", media, "contentHash",
      "submittedById")
    SELECT ${randomUUID()}, moved.id,
      (SELECT coalesce(max(number), 0) + 1 FROM "DraftVersion" WHERE "draftId" = moved.id),
      ${content.text}, ${content.accountIds}::text[], ${draft.scheduledAt?.toISOString() ?? null}::timestamp,
      ${JSON.stringify(content.media)}::jsonb, ${draft.contentHash}, ${submittedById}
    FROM moved`;
}

export async function listDraftVersions(db: Db, draftId: string): Promise<DraftVersion[]> {
  const rows = await db.draftVersion.findMany({ where: { draftId }, orderBy: { number: 'asc' } });
  return rows.map((row) => ({
    number: row.number,
    content: {
      text: row.text,
      accountIds: row.accountIds,
      scheduledAt: row.scheduledAt?.toISOString() ?? null,
      // Written only by versionRecorded above; parsed so a hand-edited row fails loudly.
      media: storedPhotos.parse(row.media),
    },
    contentHash: row.contentHash,
    submittedById: row.submittedById,
    submittedAt: row.submittedAt,
  }));
}
