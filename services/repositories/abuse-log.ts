// The abuse log (§2): what was said, by whom, when, where, and what was done. Entries are never
// deleted; the original text stays even after the platform loses it.
import type { Reply } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export interface NewAbuseLogEntry {
  reply: Reply;
  labels: string[];
  action: string;
  actionById: string | null;
}

/** One statement from arrays (a busy batch logs hundreds); a reply already logged keeps its entry. */
export async function logAbuse(db: Db, entries: NewAbuseLogEntry[]) {
  if (!entries.length) return 0;
  const col = <T>(f: (e: NewAbuseLogEntry) => T) => entries.map(f);
  return db.$executeRaw`
    INSERT INTO "AbuseLogEntry" (id, "schoolId", "accountId", "replyId", "platformReplyId", "platformPostId",
      "authorHandle", "authorId", text, labels, "repliedAt", action, "actionById", "updatedAt")
    SELECT gen_random_uuid()::text, school, account, reply, rid, pid, handle, author, body,
      CASE WHEN labels = '' THEN ARRAY[]::text[] ELSE string_to_array(labels, ',') END, at, action, actor, now()
    FROM unnest(${col((e) => e.reply.schoolId)}::text[], ${col((e) => e.reply.accountId)}::text[],
      ${col((e) => e.reply.id)}::text[], ${col((e) => e.reply.platformReplyId)}::text[],
      ${col((e) => e.reply.platformPostId)}::text[], ${col((e) => e.reply.authorHandle)}::text[],
      ${col((e) => e.reply.authorId)}::text[], ${col((e) => e.reply.text)}::text[],
      ${col((e) => e.labels.join(','))}::text[], ${col((e) => e.reply.repliedAt.toISOString())}::timestamp[],
      ${col((e) => e.action)}::text[], ${col((e) => e.actionById)}::text[])
      AS t(school, account, reply, rid, pid, handle, author, body, labels, at, action, actor)
    ON CONFLICT ("replyId") DO NOTHING`;
}

export const updateAbuseLogEntry = (
  db: Db,
  replyId: string,
  data: { action?: string; actionById?: string | null; labels?: string[]; reportFormId?: string },
) => db.abuseLogEntry.updateMany({ where: { replyId }, data });

export const updateAbuseLogEntries = (
  db: Db,
  replyIds: string[],
  data: { action: string; actionById: string | null },
) => db.abuseLogEntry.updateMany({ where: { replyId: { in: replyIds } }, data });

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
