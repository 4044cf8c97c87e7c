// The governors' report (§12) as JSON, CSV and a printable page, for a chosen period.
import { z } from 'zod';
import { governorsCsv, governorsHtml } from '../../reports/governors-render.ts';
import { governorsReport } from '../../reports/governors-report.ts';
import { route } from '../route.ts';

const DAY_MS = 24 * 3600_000;
const when = (end: boolean) =>
  z.union(
    [
      z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
      // A date alone means the whole day: "to=2026-12-31" includes 31 December.
      z.iso.date().transform((d) => new Date(Date.parse(`${d}T00:00:00Z`) + (end ? DAY_MS : 0))),
    ],
    { message: 'Give the date as YYYY-MM-DD (or a full ISO date-time).' },
  );

const periodQuery = z.strictObject({ from: when(false), to: when(true) });
const tag = 'reports';

export const reportRoutes = [
  route({
    method: 'get',
    path: '/api/reports/governors',
    summary:
      'Governors’ report for a period, per school and trust (marketing officer, headteacher, trust admin)',
    tag,
    access: 'signed-in',
    query: periodQuery,
    handler: ({ services, actor, query }) => governorsReport(services, actor, query),
  }),
  route({
    method: 'get',
    path: '/api/reports/governors.csv',
    summary: 'The governors’ report as CSV (formula cells neutralised)',
    tag,
    access: 'signed-in',
    query: periodQuery,
    async handler({ services, actor, query, res }) {
      const csv = governorsCsv(await governorsReport(services, actor, query));
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .attachment(`governors-report-${query.from.toISOString().slice(0, 10)}.csv`)
        .send(csv);
      return undefined;
    },
  }),
  route({
    method: 'get',
    path: '/api/reports/governors.html',
    summary: 'The governors’ report as a printable page (no script)',
    tag,
    access: 'signed-in',
    query: periodQuery,
    async handler({ services, actor, query, res }) {
      const html = governorsHtml(await governorsReport(services, actor, query));
      res.status(200).type('text/html; charset=utf-8').set('cache-control', 'private, no-store').send(html);
      return undefined;
    },
  }),
];
