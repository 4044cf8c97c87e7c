// Replies "written" on the sandbox platform, for demos and tests; seq is the platform's cursor.
import type { Db } from './db.ts';

export const addSandboxReply = (
  db: Db,
  reply: { accountId: string; postId: string; author: string; text: string },
) => db.sandboxReply.create({ data: reply });

export const sandboxRepliesAfter = (
  db: Db,
  accountId: string,
  postIds: string[],
  afterSeq: bigint,
  take: number,
) =>
  db.sandboxReply.findMany({
    where: { accountId, postId: { in: postIds }, seq: { gt: afterSeq } },
    orderBy: { seq: 'asc' },
    take,
  });

/**
 * Hides or unhides sandbox replies of the account in one statement; returns the ids it found.
 * Raw SQL from arrays: a busy batch asks thousands of times, and the ORM doubled the CPU.
 */
export async function setSandboxRepliesHidden(
  db: Db,
  accountId: string,
  calls: { id: string; hidden: boolean }[],
): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "SandboxReply" AS r SET hidden = c.hidden
    FROM unnest(${calls.map((c) => c.id)}::text[], ${calls.map((c) => c.hidden)}::boolean[]) AS c(id, hidden)
    WHERE r.id = c.id AND r."accountId" = ${accountId}
    RETURNING r.id`;
  return new Set(rows.map((r) => r.id));
}

export const latestSandboxPost = (db: Db, accountId: string) =>
  db.sandboxPost.findFirst({ where: { accountId, deletedAt: null }, orderBy: { createdAt: 'desc' } });

export const findSandboxPostById = (db: Db, accountId: string, id: string) =>
  db.sandboxPost.findFirst({ where: { id, accountId, deletedAt: null } });
