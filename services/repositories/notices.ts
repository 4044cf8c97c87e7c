// Emails waiting to go: a subject and a link, never the content they are about.
import type { Db } from './db.ts';

export interface NewNotice {
  schoolId: string;
  kind: string;
  toEmail: string;
  subject: string;
  link: string;
}

export async function createNotices(db: Db, notices: NewNotice[]): Promise<string[]> {
  const created = await Promise.all(notices.map((data) => db.notice.create({ data, select: { id: true } })));
  return created.map((n) => n.id);
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
