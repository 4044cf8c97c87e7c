// The dashboard in a real browser against the whole product: staff draft a post, see the
// pupil's name marked where it is, fix it and submit; the officer acknowledges the warning and
// approves with the keyboard; the post is published. Every screen passes axe at phone and
// desktop widths and keeps to the CSP.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, startTestGatepost, type TestGatepost, waitForState } from '../support/gatepost.ts';
import { DESKTOP, inspectScreen, launchChromium, watchProblems } from './support/browser.ts';
import { ensureDashboardBuilt } from './support/dashboard-build.ts';

const roster = [
  {
    upn: 'P823741005101',
    firstName: 'Amelia',
    lastName: 'Hughes',
    yearGroup: 'Year 4',
    photoConsent: true,
    nameConsent: true,
  },
];

let gp: TestGatepost;
let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

beforeAll(async () => {
  await ensureDashboardBuilt();
  [gp, browser] = await Promise.all([startTestGatepost({ roster }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await gp?.stop();
});

async function signIn(who: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  problems.push(...watchProblems(page));
  await page.goto(gp.url);
  await page.getByLabel('School email address').fill(`${who}@demo.gatepost.test`);
  await page.getByLabel('Password').fill('test-Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
  return page;
}

const noSeriousViolations = async (page: Page, name: string) =>
  expect(await inspectScreen(page, name)).toEqual([]);

describe('the dashboard', () => {
  it('shows the sign-in screen to a visitor, accessibly', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    problems.push(...watchProblems(page));
    await page.goto(`${gp.url}/drafts/new`);
    await page.getByRole('heading', { name: 'Sign in to Gatepost' }).waitFor();
    await page.getByLabel('School email address').fill('staff@demo.gatepost.test');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await noSeriousViolations(page, 'sign-in');
    await context.close();
  });

  it('takes a post from staff through the officer’s approval to published', async () => {
    const staff = await signIn('staff');
    await staff.getByRole('link', { name: 'New post' }).first().click();
    await staff.getByRole('heading', { name: 'New post' }).waitFor();

    const text = staff.getByLabel('Post text');
    await text.fill('Well done to Amelia Hughes for her swimming certificate!');
    const marked = staff.locator('mark.finding-block');
    await marked.waitFor();
    expect(await marked.textContent()).toBe('Amelia Hughes');
    const finding = staff.locator('.finding-card-block');
    expect(await finding.textContent()).toMatch(/Must fix.*Policy §7/);
    await noSeriousViolations(staff, 'editor-with-findings');

    // "Show in the text" selects the name in the textarea so it can be typed over.
    await finding.getByRole('button', { name: 'Show in the text' }).click();
    expect(
      await text.evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd)),
    ).toBe('Amelia Hughes');
    await staff.keyboard.type('Amelia');
    await staff.locator('#check-summary', { hasText: /^\d+ to check\.$/ }).waitFor();
    expect(await staff.locator('mark.finding-block').count()).toBe(0);
    expect(await staff.locator('mark.finding-warn').first().textContent()).toBe('Amelia');

    await staff.getByRole('button', { name: 'Submit for approval' }).click();
    await staff.getByRole('heading', { name: 'Your post' }).waitFor();
    // Workers move it on; the page follows over server-sent events without a reload.
    await staff.locator('.screen-head .badge', { hasText: 'Awaiting approval' }).waitFor();
    await noSeriousViolations(staff, 'draft-awaiting-approval');
    const draftId = staff.url().split('/').at(-1)!;

    const officer = await signIn('officer');
    const card = officer.locator('#col-awaiting').getByRole('link', { name: /Well done to Amelia for/ });
    await card.waitFor();
    await noSeriousViolations(officer, 'queue');
    await card.click();
    await officer.getByRole('heading', { name: 'Your decision' }).waitFor();
    const approve = officer.getByRole('button', { name: /^Approve/ });
    expect(await approve.isDisabled()).toBe(true);
    const api = await gp.login('officer');
    const current = (await api('GET', `/api/drafts/${draftId}`)).body;
    expect(await officer.locator('.hash code').textContent()).toBe(current.contentHash);
    await officer
      .getByRole('group', { name: 'Acknowledge each warning before approving' })
      .getByRole('checkbox')
      .check();
    expect(await approve.isEnabled()).toBe(true);
    await noSeriousViolations(officer, 'review');

    await officer.keyboard.press('Alt+Shift+KeyA');
    await officer.locator('.screen-head .badge', { hasText: 'Published' }).waitFor();
    await staff.locator('.screen-head .badge', { hasText: 'Published' }).waitFor();
    const published = (await api('GET', `/api/drafts/${draftId}`)).body;
    expect(published).toMatchObject({
      state: 'PUBLISHED',
      text: 'Well done to Amelia for her swimming certificate!',
    });
    expect(published.approval.contentHash).toBe(current.contentHash);
    await noSeriousViolations(officer, 'draft-published');

    await officer.getByRole('link', { name: 'Publications' }).click();
    const publication = officer.locator('.card', { hasText: 'Well done to Amelia for' });
    await publication.locator('.publications .badge', { hasText: 'Published' }).waitFor();
    await noSeriousViolations(officer, 'publications');
  });

  it('shows scheduled posts on the calendar in UK time', async () => {
    const staffApi: Api = await gp.login('staff');
    const officerApi: Api = await gp.login('officer');
    const at = new Date(Date.now() + 2 * 86_400_000);
    const created = await staffApi('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'The school library reopens after half term.',
      scheduledAt: at.toISOString(),
    });
    await staffApi('POST', `/api/drafts/${created.body.id}/submit`);
    const ready = await waitForState(staffApi, created.body.id, ['AWAITING_APPROVAL']);
    const acknowledged = ready.findings.map((f: { ruleId: string }) => f.ruleId);
    await officerApi('POST', `/api/drafts/${created.body.id}/approve`, {
      contentHash: ready.contentHash,
      acknowledged,
    });

    const page = await signIn('officer');
    await page.getByRole('link', { name: 'Calendar' }).click();
    const month = (d: Date) =>
      d.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' });
    if (month(at) !== month(new Date())) await page.getByRole('button', { name: 'Next month' }).click();
    const time = at.toLocaleTimeString('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/London',
    });
    await page.getByRole('link', { name: `${time} The school library reopens after half term.` }).waitFor();
    await noSeriousViolations(page, 'calendar');
  });

  it('gives the audit trail to the headteacher, not to staff', async () => {
    const head = await signIn('head');
    await head.getByRole('link', { name: 'Audit' }).click();
    await head.getByLabel('Action (e.g. draft.approve)').fill('draft.approve');
    await head.getByRole('button', { name: 'Show' }).click();
    await head.locator('tbody tr').first().waitFor();
    const actions = await head.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['draft.approve']));
    const csv = await head.request.get(
      await head
        .getByRole('link', { name: 'Download CSV' })
        .getAttribute('href')
        .then((h) => `${gp.url}${h}`),
    );
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\n').filter((line) => line.includes('draft.approve')).length).toBe(
      actions.length,
    );
    await noSeriousViolations(head, 'audit');

    const staff = await signIn('staff');
    expect(
      await staff.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents(),
    ).not.toContain('Audit');
  });

  it('lets the headteacher revoke and restore who may post to an account', async () => {
    const head = await signIn('head');
    await head.getByRole('link', { name: 'Accounts' }).click();
    const staffRow = head.locator('.people li', { hasText: 'Sam Staff' });
    await staffRow.getByRole('button', { name: 'Revoke Sam Staff' }).click();
    await staffRow.getByRole('button', { name: 'Authorise again Sam Staff' }).waitFor();
    const staffApi = await gp.login('staff');
    expect((await staffApi('GET', '/api/accounts')).body[0].mayPost).toBe(false);
    await noSeriousViolations(head, 'accounts');
    await staffRow.getByRole('button', { name: 'Authorise again Sam Staff' }).click();
    await staffRow.getByRole('button', { name: 'Revoke Sam Staff' }).waitFor();
    expect((await staffApi('GET', '/api/accounts')).body[0].mayPost).toBe(true);
  });

  it('kept to the content security policy and threw no errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
