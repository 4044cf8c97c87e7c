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

export const setSandboxReplyHidden = (db: Db, accountId: string, id: string, hidden: boolean) =>
  db.sandboxReply.updateMany({ where: { id, accountId }, data: { hidden } });

export const latestSandboxPost = (db: Db, accountId: string) =>
  db.sandboxPost.findFirst({ where: { accountId, deletedAt: null }, orderBy: { createdAt: 'desc' } });

export const findSandboxPostById = (db: Db, accountId: string, id: string) =>
  db.sandboxPost.findFirst({ where: { id, accountId, deletedAt: null } });
