// The governors' report as a CSV file (formula cells neutralised, as the audit export) and as
// a printable HTML page with no script: one table per section, for each school and trust.
import { quote } from '../audit/audit-csv.ts';
import type { GovernorsReport } from './governors-report.ts';
import { figureText, reportSections, reportTitle } from './governors-sections.ts';

type Scope = (GovernorsReport['schools'] | GovernorsReport['trusts'])[number];

export const scopes = (r: GovernorsReport) => [
  ...r.schools.map((s) => ['school', s] as const),
  ...r.trusts.map((t) => ['trust', t] as const),
];

export function governorsCsv(report: GovernorsReport): string {
  const rows = [['scope', 'name', 'section', 'item', 'value', 'from', 'to']];
  for (const [kind, s] of scopes(report)) {
    for (const section of reportSections(s))
      for (const { label, value } of section.items)
        rows.push([
          kind,
          s.name,
          section.title,
          label,
          value === null ? '' : String(value),
          report.from,
          report.to,
        ]);
  }
  return `${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

const html = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function section(s: Scope, kind: string): string {
  const tables = reportSections(s).map(
    ({ title, items }) =>
      `<table><caption>${html(title)}</caption><tbody>${items
        .map((item) => `<tr><th scope="row">${html(item.label)}</th><td>${html(figureText(item))}</td></tr>`)
        .join('')}</tbody></table>`,
  );
  return `<section><h2>${html(s.name)} <small>(${kind})</small></h2>${tables.join('\n')}</section>`;
}

export function governorsHtml(report: GovernorsReport): string {
  const title = reportTitle(report);
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
