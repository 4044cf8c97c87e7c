// The governors' report (§12) as JSON, CSV, a printable page and a PDF, for a chosen period.
// Each form is its own path (governors.csv, governors.pdf), so a download link names the file.
import { z } from 'zod';
import { fromLondonTime, londonWallClock } from '../../domain/london-time.ts';
import { governorsPdf } from '../../reports/governors-pdf.ts';
import { governorsCsv, governorsHtml } from '../../reports/governors-render.ts';
import { governorsReport } from '../../reports/governors-report.ts';
import { governorsReportSchema } from '../report-schemas.ts';
import { route } from '../route.ts';

const DAY_MS = 24 * 3600_000;
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
// UK clocks change at 01:00, so midnight always exists and happens once.
const ukMidnight = (d: string) => (fromLondonTime(`${d}T00:00`) as { at: Date }).at;
const when = (end: boolean) =>
  z.union(
    [
      z.iso.datetime({ offset: true }).transform((v) => new Date(v)),
      // A date alone means the whole UK day: "to=2026-12-31" includes 31 December.
      z.iso.date().transform((d) => ukMidnight(end ? nextDay(d) : d)),
    ],
    { message: 'Give the date as YYYY-MM-DD (or a full ISO date-time).' },
  );

const periodQuery = z.strictObject({ from: when(false), to: when(true) });
const tag = 'reports';
const londonDay = (at: Date) => londonWallClock(at).slice(0, 10);

export const reportRoutes = [
  route({
    method: 'get',
    path: '/api/reports/governors',
    summary:
      'Governors’ report for a period, per school and trust (marketing officer, headteacher, trust admin). from and to are UK days (YYYY-MM-DD, to included) or ISO date-times; the same query gives governors.csv, governors.html and governors.pdf',
    tag,
    access: 'signed-in',
    query: periodQuery,
    response: governorsReportSchema,
    handler: ({ services, actor, query }) => governorsReport(services, actor, query),
  }),
  route({
    method: 'get',
    path: '/api/reports/governors.csv',
    summary: 'The governors’ report as CSV (formula cells neutralised)',
    tag,
    access: 'signed-in',
    query: periodQuery,
    produces: 'text/csv',
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
    produces: 'text/html',
    async handler({ services, actor, query, res }) {
      const html = governorsHtml(await governorsReport(services, actor, query));
      res.status(200).type('text/html; charset=utf-8').set('cache-control', 'private, no-store').send(html);
      return undefined;
    },
  }),
  route({
    method: 'get',
    path: '/api/reports/governors.pdf',
    summary:
      'The governors’ report as a printable A4 PDF: the same figures as the JSON, each section a bar chart, one page or more per school and trust',
    tag,
    access: 'signed-in',
    query: periodQuery,
    produces: 'application/pdf',
    async handler({ services, actor, query, res }) {
      const pdf = await governorsPdf(await governorsReport(services, actor, query));
      // Named by the UK days it covers; the period's end is exclusive, so its last day is the one before.
      const name = `governors-report-${londonDay(query.from)}-to-${londonDay(new Date(query.to.getTime() - 1))}.pdf`;
      res
        .status(200)
        .type('application/pdf')
        .set('cache-control', 'private, no-store')
        .attachment(name)
        .send(pdf);
      return undefined;
    },
  }),
];
