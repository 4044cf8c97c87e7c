// Publications: one row per (draft, account), the unit of exactly-once publishing.
import type { PublicationState } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

/** Creates the missing rows; existing ones (e.g. from a retried approval) are kept. */
export async function ensurePublications(tx: Db, draftId: string, accountIds: string[]) {
  await tx.publication.createMany({
    data: accountIds.map((accountId) => ({ draftId, accountId })),
    skipDuplicates: true,
  });
  return tx.publication.findMany({ where: { draftId, accountId: { in: accountIds } } });
}

export const findPublication = (db: Db, id: string) =>
  db.publication.findUnique({
    where: { id },
    include: { draft: { include: { targets: true } }, account: true },
  });

export function updatePublication(
  tx: Db,
  id: string,
  data: {
    state?: PublicationState;
    platformPostId?: string;
    url?: string;
    error?: string | null;
    publishedAt?: Date;
    attempts?: { increment: number };
  },
) {
  return tx.publication.update({ where: { id }, data });
}

export const publicationsOfDraft = (db: Db, draftId: string) =>
  db.publication.findMany({ where: { draftId } });

/** Publications whose draft is approved for publishing but which have not gone out. */
export function findDuePublications(db: Db, take = 1000) {
  return db.publication.findMany({
    where: {
      state: { in: ['PENDING', 'PUBLISHING'] },
      draft: { state: { in: ['APPROVED', 'SCHEDULED', 'PUBLISHING'] } },
    },
    select: { id: true, draft: { select: { scheduledAt: true } } },
    take,
  });
}
