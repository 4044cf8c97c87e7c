// Publishing as people see it: the calendar of what goes out when, and retrying a failed post.
import { z } from 'zod';
import { retryPublishing } from '../../publishing/retry-publishing.ts';
import { schoolCalendar } from '../../publishing/school-calendar.ts';
import { route } from '../route.ts';
import { draftSchema } from '../schemas.ts';

const instant = (name: string) =>
  z.iso
    .datetime({
      offset: true,
      message: `${name} must be a date-time with a time zone, e.g. 2026-12-01T00:00:00Z`,
    })
    .transform((v) => new Date(v));

const calendarQuery = z.strictObject({ from: instant('from'), to: instant('to') });

const calendarEntry = z.object({
  draftId: z.string(),
  schoolId: z.string(),
  draftState: z.string(),
  text: z.string(),
  scheduledAt: z.string(),
  ukTime: z.string(),
  accountId: z.string(),
  handle: z.string(),
  platform: z.string(),
  state: z.string(),
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
});

export const publishingRoutes = [
  route({
    method: 'get',
    path: '/api/calendar',
    summary: 'What goes out when: approved posts per account between from and to, with UK times',
    tag: 'publishing',
    access: 'signed-in',
    query: calendarQuery,
    response: calendarEntry.array(),
    handler: ({ services, actor, query }) => schoolCalendar(services, actor, query),
  }),
  route({
    method: 'post',
    path: '/api/drafts/:id/retry',
    summary: 'Retry a failed post once its problem is fixed; publications already out are left alone',
    tag: 'drafts',
    access: 'signed-in',
    response: draftSchema,
    handler: ({ services, actor, params }) => retryPublishing(services, actor, params.id!),
  }),
];
