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
 * The sandbox's hide call, one reply at a time like a real platform's. Raw SQL: at thousands of
 * hides in a busy batch, building each query through the ORM cost twice the CPU.
 */
export async function setSandboxReplyHidden(db: Db, accountId: string, id: string, hidden: boolean) {
  const count = await db.$executeRaw`
    UPDATE "SandboxReply" SET hidden = ${hidden} WHERE id = ${id} AND "accountId" = ${accountId}`;
  return { count };
}

export const latestSandboxPost = (db: Db, accountId: string) =>
  db.sandboxPost.findFirst({ where: { accountId, deletedAt: null }, orderBy: { createdAt: 'desc' } });

export const findSandboxPostById = (db: Db, accountId: string, id: string) =>
  db.sandboxPost.findFirst({ where: { id, accountId, deletedAt: null } });
