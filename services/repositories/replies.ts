// Replies to the school's posts: stored once per (account, platform reply id), classified in
// batches, moderated by the officer.
import type { IncomingReply } from '../adapters/platforms/types.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

/**
 * Stores what is new; a reply seen before (a repeated page after a crash) is skipped. One
 * statement from arrays: a busy page is thousands of rows, too many for row-by-row parameters.
 */
export async function storeReplies(
  db: Db,
  account: { id: string; schoolId: string },
  replies: IncomingReply[],
) {
  if (!replies.length) return 0;
  // In the order they were written, so the abuse log and the officer's list read naturally.
  const rows = [...replies].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const col = <T>(f: (r: IncomingReply) => T) => rows.map(f);
  return db.$executeRaw`
    INSERT INTO "Reply" (id, "schoolId", "accountId", "platformReplyId", "platformPostId", "authorHandle",
                         "authorId", text, "repliedAt")
    SELECT gen_random_uuid()::text, ${account.schoolId}, ${account.id}, rid, pid, handle, author, body, at
    FROM unnest(${col((r) => r.platformReplyId)}::text[], ${col((r) => r.inReplyToPostId)}::text[],
                ${col((r) => r.authorHandle)}::text[], ${col((r) => r.authorId)}::text[],
                ${col((r) => r.text)}::text[], ${col((r) => r.createdAt.toISOString())}::timestamp[])
      WITH ORDINALITY AS t(rid, pid, handle, author, body, at, n)
    ORDER BY n
    ON CONFLICT ("accountId", "platformReplyId") DO NOTHING`;
}

/**
 * Takes up to `take` unclassified replies of the account for this transaction; replies another
 * worker holds are skipped, so two classify jobs never judge the same reply twice.
 */
export async function claimUnclassified(tx: Prisma.TransactionClient, accountId: string, take: number) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Reply" WHERE "accountId" = ${accountId} AND "classifiedAt" IS NULL
    ORDER BY seq LIMIT ${take} FOR UPDATE SKIP LOCKED`;
  return claimed(tx, rows);
}

/**
 * Takes up to `take` of the account's replies waiting to be hidden, held until the transaction
 * ends: a second job reaching them skips them, so the platform is asked once per reply.
 */
export async function claimRepliesToHide(tx: Prisma.TransactionClient, accountId: string, take: number) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Reply" WHERE "accountId" = ${accountId} AND moderation = 'hide_pending'
    ORDER BY seq LIMIT ${take} FOR UPDATE SKIP LOCKED`;
  return claimed(tx, rows);
}

const claimed = (tx: Prisma.TransactionClient, rows: { id: string }[]) =>
  rows.length
    ? tx.reply.findMany({ where: { id: { in: rows.map((r) => r.id) } }, orderBy: { seq: 'asc' } })
    : Promise.resolve([]);

export interface Verdict {
  id: string;
  labels: string[];
  findings: unknown[];
  moderation: string;
}

/** One statement for the whole batch: at thousands of replies a second, a row at a time is the bottleneck. */
export async function saveVerdicts(tx: Prisma.TransactionClient, verdicts: Verdict[]) {
  if (!verdicts.length) return;
  await tx.$executeRaw`
    UPDATE "Reply" AS r SET
      labels = CASE WHEN v.labels = '' THEN ARRAY[]::text[] ELSE string_to_array(v.labels, ',') END,
      findings = v.findings::jsonb, moderation = v.moderation, "classifiedAt" = now()
    FROM unnest(${verdicts.map((v) => v.id)}::text[], ${verdicts.map((v) => v.labels.join(','))}::text[],
                ${verdicts.map((v) => JSON.stringify(v.findings))}::text[], ${verdicts.map((v) => v.moderation)}::text[])
      AS v(id, labels, findings, moderation)
    WHERE r.id = v.id`;
}

export const findReply = (db: Db, id: string) => db.reply.findUnique({ where: { id } });

export const repliesWithIds = (db: Db, ids: string[]) => db.reply.findMany({ where: { id: { in: ids } } });

export const updateReply = (
  db: Db,
  id: string,
  data: { labels?: string[]; moderation?: string; hidden?: boolean },
) => db.reply.update({ where: { id }, data });

export function listReplies(
  db: Db,
  filter: { schoolIds: string[]; accountId?: string; label?: string; take?: number },
) {
  return db.reply.findMany({
    where: {
      schoolId: { in: filter.schoolIds },
      ...(filter.accountId ? { accountId: filter.accountId } : {}),
      ...(filter.label ? { labels: { has: filter.label } } : {}),
    },
    orderBy: { seq: 'desc' },
    take: filter.take ?? 500,
  });
}

/**
 * Moves replies to a new moderation state; with `from`, only those still in it move. Returns the
 * ids that moved, so a change another job already made is not recorded twice.
 */
export async function moveModeration(
  db: Db,
  ids: string[],
  to: { moderation: string; hidden: boolean },
  from: string | null,
): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Reply" SET moderation = ${to.moderation}, hidden = ${to.hidden}
    WHERE id = ANY(${ids}::text[]) AND (${from}::text IS NULL OR moderation = ${from})
    RETURNING id`;
  return new Set(rows.map((r) => r.id));
}

export const HIDE_PAGE = 200;

/** Accounts with replies still to classify or to hide: the sweep enqueues their classify job again. */
export async function accountsWithReplyWork(db: Db, olderThan: Date): Promise<string[]> {
  const rows = await db.reply.findMany({
    where: {
      receivedAt: { lt: olderThan },
      OR: [{ classifiedAt: null }, { moderation: 'hide_pending' }],
    },
    distinct: ['accountId'],
    select: { accountId: true },
  });
  return rows.map((r) => r.accountId);
}

export const recordDecision = (
  db: Db,
  decision: {
    replyId: string;
    byId: string;
    kind: string;
    labelsBefore: string[];
    labelsAfter: string[];
    note: string | null;
  },
) => db.replyDecision.create({ data: decision });
