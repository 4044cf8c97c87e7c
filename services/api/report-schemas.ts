// The governors' report's JSON, written once for the API's OpenAPI document and the dashboard's
// report screen, which parses every answer with it.
import { z } from 'zod';

const count = z.number().int().nonnegative();
const hours = z.number().nonnegative().nullable();

const figures = z.object({
  posts: z.object({
    published: count,
    rejected: count,
    returned: count,
    sentBackByChecks: count,
    withdrawn: count,
    failed: count,
  }),
  findings: z.array(
    z.object({ category: z.string(), clause: z.string(), severity: z.enum(['BLOCK', 'WARN']), count }),
  ),
  approvalTime: z.object({ approved: count, medianHours: hours, longestHours: hours }),
  faces: z.object({ photos: count, blurred: count, kept: count }),
  consent: z.object({ withdrawals: count, takedownsRequested: count, takenDown: count }),
  repliesHidden: z.array(z.object({ label: z.string(), count })),
  escalations: z.object({
    raised: count,
    acknowledged: count,
    outcomeRecorded: count,
    overdue: count,
    byRoute: z.record(z.string(), count),
  }),
  offenders: z.object({ authors: count, overThreshold: count, headteacherTold: count }),
});

export const governorsReportSchema = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  generatedAt: z.iso.datetime({ offset: true }),
  schools: z.array(figures.extend({ schoolId: z.string(), name: z.string(), trustId: z.string() })),
  /** A trust's figures cover the schools of it the caller oversees. */
  trusts: z.array(figures.extend({ trustId: z.string(), name: z.string(), schoolIds: z.array(z.string()) })),
});

export type GovernorsReportJson = z.output<typeof governorsReportSchema>;
