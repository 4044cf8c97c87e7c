// Factories for replies and escalations, written straight to the database as the classify job
// would leave them, for tests that start from "a reply exists".
import { randomUUID } from 'node:crypto';
import type { Database } from '../../services/adapters/db/database.ts';
import type { Role } from '../../services/generated/prisma/client.ts';
import type { SchoolFixture } from './schools.ts';

export function makeReply(
  db: Database,
  school: SchoolFixture,
  extra: { hidden?: boolean; labels?: string[] } = {},
) {
  return db.prisma.reply.create({
    data: {
      schoolId: school.schoolId,
      accountId: school.accountId,
      platformReplyId: randomUUID(),
      platformPostId: randomUUID(),
      authorHandle: '@someone',
      authorId: 'someone',
      text: 'you lot are idiots',
      repliedAt: new Date(),
      classifiedAt: new Date(),
      labels: extra.labels ?? ['abusive'],
      hidden: extra.hidden ?? false,
      moderation: extra.hidden ? 'hidden' : 'none',
    },
  });
}

export async function makeEscalation(db: Database, school: SchoolFixture, roles: Role[] = ['DSL']) {
  const reply = await makeReply(db, school, { labels: ['safeguarding'] });
  return db.prisma.escalation.create({
    data: {
      schoolId: school.schoolId,
      replyId: reply.id,
      route: 'DSL',
      recipientRoles: roles,
      dueAt: new Date(Date.now() + 3600_000),
    },
  });
}

/** Something "published" on the school's sandbox account to reply to. */
export const makeSandboxPost = (db: Database, school: SchoolFixture) =>
  db.prisma.sandboxPost.create({
    data: { accountId: school.accountId, publicationId: randomUUID(), text: 'Harvest festival on Friday' },
  });

/** Reads until `read` gives a value; fails naming what never came. */
export async function until<T>(what: string, read: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
