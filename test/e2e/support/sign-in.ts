// Signing a demo user in through the real sign-in screen, in a fresh browser context, with the
// page's CSP refusals and errors collected for the test to check at the end.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { PASSWORD, type TestGatepost } from '../../support/gatepost.ts';
import { madeBeforeAll } from '../../support/gatepost-for-file.ts';
import { DESKTOP, inspectScreen, launchChromium, watchProblems } from './browser.ts';
import { ensureDashboardBuilt } from './dashboard-build.ts';

export async function signInAs(
  browser: Browser,
  url: string,
  who: string,
  problems: string[],
): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB' });
  const page = await context.newPage();
  problems.push(...watchProblems(page));
  await page.goto(url);
  await page.getByLabel('School email address').fill(`${who}@demo.gatepost.test`);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
  return page;
}

/**
 * Chromium on the built dashboard for one test file (launched in beforeAll, closed in afterAll):
 * `signIn('officer')` opens a signed-in page on `gp`, and `problems` gathers every page's CSP
 * refusals and errors for the file's last check.
 */
export function dashboardInChromium(gp: TestGatepost) {
  let browser: Browser | undefined;
  const problems: string[] = [];
  beforeAll(async () => {
    await ensureDashboardBuilt();
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  const opened = madeBeforeAll('Chromium', () => browser);
  return {
    browser: opened,
    problems,
    signIn: (who: string): Promise<Page> => signInAs(opened, gp.url, who, problems),
  };
}

/** Saves the screen's phone and desktop screenshots and expects no serious or critical axe finding. */
export const noSeriousViolations = async (page: Page, name: string) =>
  expect(await inspectScreen(page, name)).toEqual([]);

/** Follows a main-menu link, opening "More" first when the screen is folded under it. */
export async function openScreen(page: Page, label: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = nav.getByRole('link', { name: label, exact: true });
  if (!(await link.isVisible())) await nav.getByRole('button', { name: 'More' }).click();
  await link.click();
}

/** Every screen the main menu offers, including those under "More". */
export async function menuLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const more = nav.getByRole('button', { name: 'More' });
  if ((await more.count()) && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
  const labels = await nav.getByRole('link').allTextContents();
  if (await more.count()) await page.keyboard.press('Escape');
  return labels;
}
