// The governors' report as a CSV file (formula cells neutralised, as the audit export) and as
// a printable HTML page with no script: one table per section, for each school and trust.
import { quote } from '../audit/audit-csv.ts';
import type { GovernorsReport } from './governors-report.ts';

type Scope = (GovernorsReport['schools'] | GovernorsReport['trusts'])[number];

const postWords = {
  published: 'Published',
  rejected: 'Rejected',
  returned: 'Returned to the author',
  sentBackByChecks: 'Sent back by checks',
  withdrawn: 'Withdrawn',
  failed: 'Failed to publish',
} as const;

/** Every figure of one school or trust as (section, item, value) lines. */
function lines(s: Scope): [string, string, string | number][] {
  const hours = (h: number | null) => (h === null ? '' : h);
  return [
    ...Object.entries(postWords).map(([k, words]): [string, string, number] => [
      'Posts by outcome',
      words,
      s.posts[k as keyof typeof postWords],
    ]),
    ...s.findings.map((f): [string, string, number] => [
      'Findings by category and clause',
      `${f.category} (${f.clause}, ${f.severity === 'BLOCK' ? 'blocking' : 'warning'})`,
      f.count,
    ]),
    ['Time from submission to approval', 'Posts approved', s.approvalTime.approved],
    ['Time from submission to approval', 'Median hours', hours(s.approvalTime.medianHours)],
    ['Time from submission to approval', 'Longest hours', hours(s.approvalTime.longestHours)],
    ['Photos', 'Photos uploaded', s.faces.photos],
    ['Photos', 'Faces blurred', s.faces.blurred],
    ['Photos', 'Faces shown with consent', s.faces.kept],
    ['Consent', 'Consent withdrawals', s.consent.withdrawals],
    ['Consent', 'Takedowns requested', s.consent.takedownsRequested],
    ['Consent', 'Posts taken down', s.consent.takenDown],
    ...s.repliesHidden.map((r): [string, string, number] => ['Replies hidden by label', r.label, r.count]),
    ['Escalations', 'Raised', s.escalations.raised],
    ...Object.entries(s.escalations.byRoute).map(([route, n]): [string, string, number] => [
      'Escalations',
      `To ${route === 'DSL' ? 'the DSL' : route === 'CHAIR' ? 'the chair of trustees' : 'the headteacher'}`,
      n,
    ]),
    ['Escalations', 'Acknowledged', s.escalations.acknowledged],
    ['Escalations', 'Outcome recorded', s.escalations.outcomeRecorded],
    ['Escalations', 'Overdue, not acknowledged', s.escalations.overdue],
    ['Repeat offenders', 'Authors of labelled replies', s.offenders.authors],
    ['Repeat offenders', 'At or over the school’s threshold', s.offenders.overThreshold],
    ['Repeat offenders', 'Headteacher told', s.offenders.headteacherTold],
  ];
}

const scopes = (r: GovernorsReport) => [
  ...r.schools.map((s) => ['school', s] as const),
  ...r.trusts.map((t) => ['trust', t] as const),
];

export function governorsCsv(report: GovernorsReport): string {
  const rows = [['scope', 'name', 'section', 'item', 'value', 'from', 'to']];
  for (const [kind, s] of scopes(report)) {
    for (const [section, item, value] of lines(s)) {
      rows.push([kind, s.name, section, item, String(value), report.from, report.to]);
    }
  }
  return `${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

const html = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

function section(s: Scope, kind: string): string {
  const bySection = new Map<string, [string, string | number][]>();
  for (const [name, item, value] of lines(s))
    bySection.set(name, [...(bySection.get(name) ?? []), [item, value]]);
  const tables = [...bySection].map(
    ([name, items]) =>
      `<table><caption>${html(name)}</caption><tbody>${items
        .map(([item, value]) => `<tr><th scope="row">${html(item)}</th><td>${html(value)}</td></tr>`)
        .join('')}</tbody></table>`,
  );
  return `<section><h2>${html(s.name)} <small>(${kind})</small></h2>${tables.join('\n')}</section>`;
}

export function governorsHtml(report: GovernorsReport): string {
  const title = `Social media monitoring report, ${day(report.from)} to ${day(report.to)}`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${html(title)}</title></head>
<body><main>
<h1>${html(title)}</h1>
<p>For the governing board (social media policy §12, monitoring and review). Counts only: no post,
reply or safeguarding detail. Generated ${html(new Date(report.generatedAt).toUTCString())}; the period ends just before ${html(report.to)}.</p>
${scopes(report)
  .map(([kind, s]) => section(s, kind))
  .join('\n')}
</main></body></html>
`;
}
