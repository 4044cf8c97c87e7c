// The dashboard's screens behind the queue, in a real browser against the whole product and a
// fake X: the ICT technician connects an X account and tests it, sees the token's expiry coming;
// a post that fails to publish says why and the officer tries again. Each screen passes axe at
// phone and desktop widths and keeps to the CSP.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLondonInput } from '../../services/dashboard/src/lib/london-time.ts';
import { type FakeX, startFakeX } from '../fakes/fake-x.ts';
import { waitForState } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { addAccount, approvedDraft, fakeXSettings } from '../support/platform-accounts.ts';
import { sharedPhoto } from '../support/shared-photos.ts';
import { PHONE } from './support/browser.ts';
import { dashboardInChromium, menuLabels, noSeriousViolations, openScreen } from './support/sign-in.ts';

// A shared test photo, read in place (never copied into the repository).
const PHOTO = sharedPhoto('df-img1.jpg');

let fake: FakeX;
beforeAll(async () => {
  fake = await startFakeX();
});
afterAll(() => fake?.close());

const { gp, db } = signedInGatepost({
  env: () => fakeXSettings(fake, `e2e-admin-${process.pid}`),
  database: true,
});
const { problems, signIn } = dashboardInChromium(gp);
let xAccountId: string;
beforeAll(async () => {
  xAccountId = await addAccount(gp, db, 'X', '@oakfield_primary');
});

describe('the dashboard behind the queue', () => {
  it('lets the ICT technician connect an X account, test it and see its token expiring', async () => {
    const ict = await signIn('ict');
    await openScreen(ict, 'Accounts');
    const connection = ict.getByRole('region', { name: 'Connection of @oakfield_primary' });
    await connection.getByText('Not connected').waitFor();
    await connection.getByRole('button', { name: 'Connect', exact: true }).click();
    await connection.getByRole('alert').filter({ hasText: 'Fill in: API key' }).waitFor();

    const keys = fake.keys.oauth1;
    await connection.getByLabel('API key', { exact: true }).fill(keys.appKey);
    await connection.getByLabel('API key secret').fill(keys.appSecret);
    await connection.getByLabel('Access token', { exact: true }).fill(keys.accessToken);
    await connection.getByLabel('Access token secret').fill(keys.accessSecret);
    const inFiveDays = new Date(Date.now() + 5 * 86_400_000 + 3_600_000).toISOString();
    await connection.getByLabel(/^Token expires/).fill(toLondonInput(inFiveDays));
    await connection.getByRole('button', { name: 'Connect', exact: true }).click();
    await connection.getByText('Connected', { exact: true }).waitFor();
    await connection
      .getByText('The token expires in 5 days: reconnect it before then.', { exact: false })
      .waitFor();
    // The secrets went to the vault, not back into the form.
    expect(await connection.getByLabel('API key secret').inputValue()).toBe('');

    await connection.getByRole('button', { name: 'Test connection' }).click();
    await connection.getByRole('status').filter({ hasText: 'The connection works' }).waitFor();
    expect(await connection.getByRole('status').textContent()).toContain('@oakfield_primary');
    await noSeriousViolations(ict, 'accounts-connection');

    // The officer sees the connection but the credentials are the ICT technician's alone.
    const officer = await signIn('officer');
    await openScreen(officer, 'Accounts');
    const seen = officer.getByRole('region', { name: 'Connection of @oakfield_primary' });
    await seen.getByText('Connected', { exact: true }).waitFor();
    expect(await seen.getByRole('button', { name: 'Connect', exact: true }).count()).toBe(0);
  }, 120_000);

  it('says why a post failed to publish and lets the officer try again', async () => {
    const [staffApi, officerApi] = await Promise.all([gp.login('staff'), gp.login('officer')]);
    const text = 'Parents’ evening bookings open on Monday.';
    fake.faults.inject('POST /2/tweets', { kind: 'expired_token' });
    const id = await approvedDraft(staffApi, officerApi, xAccountId, text);
    expect((await waitForState(staffApi, id, ['PUBLISHED', 'FAILED'], 60_000)).state).toBe('FAILED');

    const officer = await signIn('officer');
    await openScreen(officer, 'Publications');
    const card = officer.locator('.card', { hasText: text });
    await card.getByText(/^Why it failed: .*expired/).waitFor();
    await noSeriousViolations(officer, 'publications-failed');
    await card.getByRole('button', { name: 'Try again' }).click();
    await card.locator('.publications .badge', { hasText: 'Published' }).waitFor({ timeout: 60_000 });
    expect(await card.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(fake.state.tweetsBy(fake.account.id).filter((t) => t.submittedText === text)).toHaveLength(1);
  }, 150_000);

  it('takes an Appendix A request from staff to the ICT technician’s review, with a printable record', async () => {
    const staff = await signIn('staff');
    await openScreen(staff, 'Forms');
    await staff.getByRole('heading', { name: 'Forms', level: 1 }).waitFor();
    await staff.getByRole('radio', { name: /Appendix A/ }).check();
    await staff.getByRole('button', { name: 'Send the form' }).click();
    await staff.getByRole('alert').filter({ hasText: 'The form is not complete' }).waitFor();
    await staff.getByLabel('Address of the blocked site (URL)').fill('https://www.bbc.co.uk/bitesize');
    await staff.getByLabel('What the site contains').fill('Revision videos for Year 6 science.');
    await staff.getByLabel('Why you need access').fill('To show the water cycle video in class.');
    await staff.getByRole('button', { name: 'Send the form' }).click();
    await staff.getByRole('status').filter({ hasText: 'Sent: Blocked content access request' }).waitFor();
    const mine = staff.locator('.card', { hasText: 'Blocked content access request' });
    await mine.getByText('Waiting for someone else to act.').waitFor();

    const ict = await signIn('ict');
    await openScreen(ict, 'Forms');
    const card = ict.locator('.card', { hasText: 'Requested by Sam Staff' });
    await card.getByRole('button', { name: 'Record the review' }).waitFor();
    await noSeriousViolations(ict, 'forms');
    await card.getByRole('button', { name: 'Record the review' }).click();
    await card.getByRole('alert').filter({ hasText: 'Write down the identified risks' }).waitFor();
    await card
      .getByLabel('Write down the identified risks and control measures')
      .fill('Video only; no comments.');
    await card.getByRole('button', { name: 'Record the review' }).click();
    await card.locator('.badge', { hasText: /^Reviewed$/ }).waitFor();
    expect(await card.textContent()).toContain('Video only; no comments.');

    const href = await card.getByRole('link', { name: /^Printable record/ }).getAttribute('href');
    const record = await ict.request.get(`${gp.url}${href}`);
    expect(record.status()).toBe(200);
    expect(await record.text()).toContain('https://www.bbc.co.uk/bitesize');
  }, 120_000);

  it('lets the marketing officer write the school’s terms of use as a new version', async () => {
    const officer = await signIn('officer');
    await officer.goto(`${gp.url}/terms-of-use`);
    await officer.getByRole('heading', { name: 'Terms of use', level: 1 }).waitFor();
    const blocked = officer.getByRole('group', { name: 'Blocked words' });
    await blocked.getByRole('button', { name: 'Add to blocked words' }).click();
    await blocked.getByLabel('Word or phrase 1', { exact: true }).fill('tuck shop');
    await officer.getByRole('button', { name: 'Save a new version' }).click();
    await officer.getByRole('alert').filter({ hasText: 'Give a reason' }).waitFor();
    await blocked.getByLabel('Why (word or phrase 1)').fill('The tuck shop closed in September.');
    await officer.getByRole('checkbox', { name: /Only publish between set hours/ }).check();
    await officer.getByLabel('Why', { exact: true }).fill('Nobody watches replies overnight.');
    await officer.getByRole('button', { name: 'Save a new version' }).click();
    await officer
      .getByRole('status')
      .filter({ hasText: /^Saved as version \d+\./ })
      .waitFor();
    await noSeriousViolations(officer, 'terms-of-use');
    const terms = (await (await gp.login('staff'))('GET', `/api/schools/${gp.seeded.schoolId}/terms-of-use`))
      .body;
    expect(terms).toMatchObject({
      blocked: [{ term: 'tuck shop', reason: 'The tuck shop closed in September.' }],
      postingHours: { from: '08:00', to: '18:00' },
    });

    const staff = await signIn('staff');
    expect(await menuLabels(staff)).not.toContain('Terms of use');
  }, 120_000);

  it('lets the author change where a photo comes from after uploading it', async () => {
    const staffApi = await gp.login('staff');
    const draft = await staffApi('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Our art display in the hall.',
    });
    const form = new FormData();
    form.append('file', new Blob([readFileSync(PHOTO)], { type: 'image/jpeg' }), 'display.jpg');
    form.append('altText', 'Paintings on the hall wall.');
    form.append('source', 'TAKEN_BY_STAFF');
    expect((await staffApi('POST', `/api/drafts/${draft.body.id}/media`, form)).status).toBe(201);

    const staff = await signIn('staff');
    await staff.goto(`${gp.url}/drafts/${draft.body.id}/edit`);
    const photo = staff.locator('.photo-card', { hasText: 'Photo 1' });
    await photo.getByText('Source: Taken by staff').waitFor();
    await photo.getByRole('button', { name: 'Change source of photo 1' }).click();
    await photo.getByRole('radio', { name: 'Licensed (stock or bought)' }).check();
    await photo.getByRole('button', { name: 'Save source' }).click();
    await photo.getByRole('alert').waitFor();
    await photo
      .getByLabel('What allows the school to post it?')
      .fill('Bought from a stock library, licence 4411.');
    await photo.getByRole('button', { name: 'Save source' }).click();
    await photo
      .getByText('Source: Licensed (stock or bought) — Bought from a stock library, licence 4411.')
      .waitFor();
    await noSeriousViolations(staff, 'editor-photo-source');
  }, 90_000);

  it('keeps the officer’s main menu on one line on a phone, the rest under a keyboard-friendly "More"', async () => {
    const officer = await signIn('officer');
    await officer.setViewportSize(PHONE);
    const nav = officer.getByRole('navigation', { name: 'Main' });
    const more = nav.getByRole('button', { name: 'More' });
    await more.waitFor();
    const tops = await nav
      .locator('.nav-list > li')
      .evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const right = await nav.locator('.nav-list').evaluate((ul) => ul.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(PHONE.width);

    await more.focus();
    await officer.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await officer.keyboard.press('Tab');
    const first = await officer.evaluate(() => document.activeElement?.textContent);
    expect(await nav.locator('#more-menu a').first().textContent()).toBe(first);
    await officer.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await officer.evaluate(() => document.activeElement?.textContent)).toMatch(/^More/);

    await openScreen(officer, 'Terms of use');
    await officer.getByRole('heading', { name: 'Terms of use', level: 1 }).waitFor();
    await more.click();
    await noSeriousViolations(officer, 'menu-more-open');
  }, 60_000);

  it('kept to the content security policy and threw no errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
