// What goes out when: each approved draft's publications, by the instant it is due.
import type { DraftState } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export const calendarStates: DraftState[] = ['APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'FAILED'];

export const scheduledBetween = (db: Db, schoolIds: string[], from: Date, to: Date) =>
  db.draft.findMany({
    where: {
      schoolId: { in: schoolIds },
      state: { in: calendarStates },
      scheduledAt: { gte: from, lt: to },
    },
    select: {
      id: true,
      schoolId: true,
      authorId: true,
      state: true,
      text: true,
      scheduledAt: true,
      publications: {
        select: {
          state: true,
          publishedAt: true,
          url: true,
          account: { select: { id: true, handle: true, platform: true } },
        },
      },
    },
    orderBy: { scheduledAt: 'asc' },
    take: 2000,
  });
