// The abuse log (§2): what was said, by whom, when, where, and what was done. Entries are never
// deleted; the original text stays even after the platform loses it.
import type { Reply } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export function logAbuse(
  db: Db,
  entries: { reply: Reply; labels: string[]; action: string; actionById: string | null }[],
) {
  return db.abuseLogEntry.createMany({
    data: entries.map(({ reply, labels, action, actionById }) => ({
      schoolId: reply.schoolId,
      accountId: reply.accountId,
      replyId: reply.id,
      platformReplyId: reply.platformReplyId,
      platformPostId: reply.platformPostId,
      authorHandle: reply.authorHandle,
      authorId: reply.authorId,
      text: reply.text,
      labels,
      repliedAt: reply.repliedAt,
      action,
      actionById,
    })),
    skipDuplicates: true,
  });
}

export const updateAbuseLogEntry = (
  db: Db,
  replyId: string,
  data: { action?: string; actionById?: string | null; labels?: string[]; reportFormId?: string },
) => db.abuseLogEntry.updateMany({ where: { replyId }, data });

export const abuseLogEntryOf = (db: Db, replyId: string) =>
  db.abuseLogEntry.findUnique({ where: { replyId } });

export const abuseLogOf = (
  db: Db,
  filter: { schoolIds: string[]; accountId?: string; authorId?: string; take?: number },
) =>
  db.abuseLogEntry.findMany({
    where: {
      schoolId: { in: filter.schoolIds },
      ...(filter.accountId ? { accountId: filter.accountId } : {}),
      ...(filter.authorId ? { authorId: filter.authorId } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: filter.take ?? 1000,
  });
