// Emails waiting to go: a subject and a link, never the content they are about.
import { randomUUID } from 'node:crypto';
import type { Db } from './db.ts';

export interface NewNotice {
  schoolId: string;
  kind: string;
  toEmail: string;
  subject: string;
  link: string;
}

export async function createNotices(db: Db, notices: NewNotice[]): Promise<string[]> {
  const rows = notices.map((n) => ({ id: randomUUID(), ...n }));
  await db.notice.createMany({ data: rows });
  return rows.map((r) => r.id);
}

export const findNotice = (db: Db, id: string) => db.notice.findUnique({ where: { id } });

export const markNoticeSent = (db: Db, id: string) =>
  db.notice.update({ where: { id }, data: { sentAt: new Date() } });

export const unsentNotices = (db: Db, olderThan: Date) =>
  db.notice.findMany({
    where: { sentAt: null, createdAt: { lt: olderThan } },
    select: { id: true },
    take: 500,
  });
