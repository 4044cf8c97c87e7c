// The governors' report screen in a real browser against the whole product: after a seeded
// term of posts, findings, hidden replies and an escalation, the officer sees for the last three
// months exactly the figures the API gives, each section as a chart with its table, passes axe
// at phone and desktop widths under the CSP, picks another period, and takes the PDF away.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartBars, figureText, reportSections } from '../../services/reports/governors-sections.ts';
import { approve, waitForState } from '../support/gatepost.ts';
import { gatepostWithSchools } from '../support/gatepost-for-file.ts';
import { makeEscalation, makeReply } from '../support/replies.ts';
import { makeDraft } from '../support/schools.ts';
import { SCREENSHOTS } from './support/browser.ts';
import { dashboardInChromium, menuLabels, noSeriousViolations, openScreen } from './support/sign-in.ts';

const { gp, db, school: home } = gatepostWithSchools();
const { problems, signIn } = dashboardInChromium(gp);

const political = { ruleId: 'political.opinion', category: 'political', severity: 'BLOCK' as const };
const warned = { ruleId: 'pupil.first-name', category: 'pupil_first_name', severity: 'WARN' as const };

beforeAll(async () => {
  // One post published, one rejected, three sent back by the checks with their findings.
  const draft = await makeDraft(db, home, 'AWAITING_APPROVAL');
  const waiting = await waitForState(home.as.officer, draft.id, ['AWAITING_APPROVAL']);
  expect((await approve(home.as.officer, waiting)).status).toBe(200);
  await waitForState(home.as.officer, draft.id, ['PUBLISHED'], 30_000);
  const rejected = await makeDraft(db, home, 'AWAITING_APPROVAL');
  await home.as.officer('POST', `/api/drafts/${rejected.id}/reject`, { reason: 'Not for our page.' });
  await makeDraft(db, home, 'CHANGES_REQUIRED', { findings: [political] });
  await makeDraft(db, home, 'CHANGES_REQUIRED', { findings: [political, warned] });
  await makeDraft(db, home, 'CHANGES_REQUIRED', { findings: [political] });

  // Replies hidden as abusive twice and as spam once; one escalation to the DSL, acknowledged.
  for (const labels of [['abusive'], ['abusive'], ['spam']])
    await makeReply(db, home, { hidden: true, labels });
  const escalation = await makeEscalation(db, home);
  await home.as.dsl('POST', `/api/escalations/${escalation.id}/acknowledge`);
}, 150_000);

/** Each section card as the person sees it: its title, its table's rows and its chart's bars. */
const shownSections = (page: Page) =>
  page.locator('.report-section').evaluateAll((cards) =>
    cards.map((card) => ({
      title: card.querySelector('h3')?.textContent ?? '',
      rows: [...card.querySelectorAll('tbody tr')].map((tr) => [
        tr.querySelector('th')?.textContent ?? '',
        tr.querySelector('td')?.textContent ?? '',
      ]),
      bars: card.querySelectorAll('svg rect.bar').length,
      chartName: card.querySelector('svg title')?.textContent ?? null,
    })),
  );

describe('the governors’ report screen', () => {
  it('shows the officer the API’s figures for the last three months, each section charted', async () => {
    const officer = await signIn('officer');
    await openScreen(officer, 'Governors’ report');
    await officer.getByRole('heading', { name: 'Governors’ report', level: 1 }).waitFor();
    await officer.locator('.report-section').first().waitFor();

    const from = await officer.getByLabel('From (UK date)').inputValue();
    const to = await officer.getByLabel('To (UK date, included)').inputValue();
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    expect(to).toBe(today);
    expect(Date.parse(to) - Date.parse(from)).toBeGreaterThan(88 * 86_400_000);
    const api = await home.as.officer('GET', `/api/reports/governors?from=${from}&to=${to}`);
    expect(api.status).toBe(200);
    const [school] = api.body.schools;
    expect(await officer.getByLabel('Figures for').locator('option:checked').textContent()).toBe(school.name);

    const expected = reportSections(school).map((section) => {
      // A chart of nothing but zeros is left out; its table still says so.
      const all = chartBars(section);
      const bars = all.some((b) => b.value > 0) ? all : [];
      return {
        title: section.title,
        rows: section.items.map((item) => [item.label, figureText(item)]),
        bars: bars.length,
        chartName: bars.length
          ? `${section.title}, bar chart of ${section.unit}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}.`
          : null,
      };
    });
    expect(await shownSections(officer)).toEqual(expected);
    // The seeded term, as a governor reads it.
    const byTitle = new Map(expected.map((s) => [s.title, new Map(s.rows as [string, string][])]));
    expect(byTitle.get('Posts by outcome')?.get('Published')).toBe('1');
    expect(byTitle.get('Posts by outcome')?.get('Sent back by checks')).toBe('3');
    expect(byTitle.get('Findings by category and clause')?.get('political (§3, blocking)')).toBe('3');
    expect(byTitle.get('Replies hidden by label')?.get('abusive')).toBe('2');
    expect(byTitle.get('Escalations')?.get('Acknowledged')).toBe('1');

    await noSeriousViolations(officer, 'governors-report');
    await officer.screenshot({ path: `${SCREENSHOTS}/governors-report.png`, fullPage: true });

    // The trust's figures are a choice away; here the trust is this one school.
    await officer
      .getByLabel('Figures for')
      .selectOption({ label: `${api.body.trusts[0].name} (trust, 1 school)` });
    expect((await shownSections(officer))[0]?.rows[0]).toEqual(['Published', '1']);
  }, 120_000);

  it('shows another period from the address, with the PDF and CSV of that period to take away', async () => {
    const officer = await signIn('officer');
    await openScreen(officer, 'Governors’ report');
    await officer.getByLabel('From (UK date)').fill('2025-09-01');
    await officer.getByLabel('To (UK date, included)').fill('2025-12-19');
    await officer.getByRole('button', { name: 'Show' }).click();
    await officer.getByRole('heading', { name: '1 September 2025 to 19 December 2025', level: 2 }).waitFor();
    expect(officer.url()).toContain('/governors-report?from=2025-09-01&to=2025-12-19');
    expect((await shownSections(officer))[0]?.rows[0]).toEqual(['Published', '0']);
    expect(await officer.getByText('None in this period.').count()).toBe(2);

    const pdfLink = officer.getByRole('link', { name: 'Download PDF' });
    const pdf = await officer.request.get(`${gp.url}${await pdfLink.getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toBe(
      'attachment; filename=governors-report-2025-09-01-to-2025-12-19.pdf',
    );
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const csv = await officer.request.get(
      `${gp.url}${await officer.getByRole('link', { name: 'Download CSV' }).getAttribute('href')}`,
    );
    expect(await csv.text()).toMatch(/^scope,name,section,item,value,from,to\r\n/);

    // Back to the last three months: the fields follow the address.
    await officer.goBack();
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    await expect.poll(() => officer.getByLabel('To (UK date, included)').inputValue()).toBe(today);

    // The trust admin reads it too; staff never see it in their menu.
    expect(await menuLabels(await signIn('trustadmin'))).toContain('Governors’ report');
    expect(await menuLabels(await signIn('staff'))).not.toContain('Governors’ report');
  }, 90_000);

  it('kept to the content security policy and threw no errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
