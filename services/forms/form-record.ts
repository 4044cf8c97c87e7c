// The printable record of a form: plain HTML, every value escaped, no script, laid out like the
// paper form (fields, then each step with who, when and what they wrote).
import type { FormView } from './policy-form.ts';

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const label = (key: string) => key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

const shown = (value: unknown) =>
  Array.isArray(value)
    ? value.join(', ')
    : typeof value === 'object' && value
      ? JSON.stringify(value)
      : value;

export function formRecordHtml(form: FormView, schoolName: string): string {
  const rows = Object.entries(form.fields)
    .map(([key, value]) => `<tr><th>${escapeHtml(label(key))}</th><td>${escapeHtml(shown(value))}</td></tr>`)
    .join('\n');
  const steps = form.steps
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.at.slice(0, 16).replace('T', ' '))} UTC</td><td>${escapeHtml(s.action)}</td><td>${escapeHtml(s.byName)}</td><td>${escapeHtml(s.to)}</td><td>${escapeHtml(s.reason ?? s.details ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(form.title)}</title>
<style>body{font:12pt/1.4 serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}th,td{border:1px solid #444;padding:4px 8px;text-align:left;vertical-align:top}th{width:35%}</style>
</head><body>
<h1>${escapeHtml(form.title)}</h1>
<p>${escapeHtml(schoolName)} — form ${escapeHtml(form.id)} — requested by ${escapeHtml(form.requesterName)} on ${escapeHtml(form.createdAt.slice(0, 10))} — now <strong>${escapeHtml(form.state)}</strong></p>
<table>
${rows}
</table>
<h2>Steps</h2>
<table><tr><th>When</th><th>Step</th><th>By</th><th>Result</th><th>Reasons / action taken</th></tr>
${steps}
</table>
</body></html>
`;
}
