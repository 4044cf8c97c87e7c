// Debian's Chromium driven by playwright-core (no browser download), with axe-core injected
// from node_modules and screenshots at desktop and phone widths.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '../../..');
export const SCREENSHOTS = path.join(root, 'test-results/screenshots');
const axeSource = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Date and time inputs show UK order (dd/mm/yyyy), as schools' laptops do.
      '--lang=en-GB',
    ],
  });
}

/** Collects what the page complains about: CSP refusals and uncaught errors fail the test. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, so the page's CSP (no inline scripts) stays in force.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    'window.axe.run(document, { resultTypes: ["violations"], runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }).then((r) => r.violations)',
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
}

/**
 * Looks at the screen as a phone and a laptop would: saves `<name>-phone.png` and
 * `<name>-desktop.png` and returns axe's serious and critical findings at either width.
 * Leaves the page at desktop width.
 */
export async function inspectScreen(page: Page, name: string): Promise<(AxeViolation & { width: number })[]> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const found: (AxeViolation & { width: number })[] = [];
  for (const [label, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    // Two frames: the width's media queries report their change and React redraws (the main
    // menu folds what does not fit) before axe or the camera look.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    await page.evaluate('document.fonts.ready');
    found.push(...(await seriousViolations(page)).map((v) => ({ ...v, width: size.width })));
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
  return found;
}
