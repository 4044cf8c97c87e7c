// The sandbox platform's store.
import type { Db } from './db.ts';

export const saveSandboxPost = (db: Db, accountId: string, publicationId: string, text: string) =>
  db.sandboxPost.upsert({
    where: { publicationId },
    create: { accountId, publicationId, text },
    update: {},
  });

export const findSandboxPost = (db: Db, publicationId: string) =>
  db.sandboxPost.findUnique({ where: { publicationId } });

export const deleteSandboxPost = (db: Db, id: string) =>
  db.sandboxPost.updateMany({ where: { id }, data: { deletedAt: new Date() } });

export const sandboxPostsOf = (db: Db, accountId: string) =>
  db.sandboxPost.findMany({ where: { accountId, deletedAt: null }, orderBy: { createdAt: 'asc' } });
