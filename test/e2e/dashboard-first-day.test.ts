// A school's first day with the dashboard, in a real browser against the whole product: what
// trips new users up. A sign-in that ends mid-post keeps the post; leaving a post unsaved asks; every role's screens fit a
// 375px phone; a photo description the check would refuse is refused at upload, and one shortened
// later shows in the editor's policy check; a new post saved by its first photo takes its own
// address, so a reload finds it; an Appendix C form lists every gap in words; the
// ICT technician is told how a new account is added; an invited colleague joins from the emailed
// link, and a forgotten password is reset from the sign-in screen.
import { describe, expect, it } from 'vitest';
import { readOutbox } from '../../services/adapters/mail/mailer.ts';
import { PASSWORD } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { sharedPhoto } from '../support/shared-photos.ts';
import { watchProblems } from './support/browser.ts';
import { dashboardInChromium, noSeriousViolations, openScreen } from './support/sign-in.ts';

// A shared test photo, read in place (never copied into the repository).
const PHOTO = sharedPhoto('df-img1.jpg');
const SMALL_PHONE = { width: 375, height: 667 };

const { gp } = signedInGatepost();
const { browser, problems, signIn } = dashboardInChromium(gp);

/** The link in the newest mail to `to`, on this test's Gatepost (its public URL names no port). */
async function linkMailedTo(to: string): Promise<string> {
  const mail = (await readOutbox(`/tmp/${gp.prefix}`)).find((m) => m.to === to);
  const link = mail?.text.match(/https?:\/\/[^/\s]+(\/\S+#token=[\w-]+)/)?.[1];
  if (!link) throw new Error(`no link mailed to ${to}`);
  return gp.url + link;
}

async function visitor() {
  const page = await (await browser.newContext({ viewport: SMALL_PHONE, locale: 'en-GB' })).newPage();
  problems.push(...watchProblems(page));
  return page;
}

describe('the dashboard on a school’s first day', () => {
  it('keeps a half-written post when the sign-in ends, and picks up where it was', async () => {
    const staff = await signIn('staff');
    await openScreen(staff, 'New post');
    const text = staff.getByLabel('Post text');
    await text.fill('Thank you to every family who gave to our harvest food bank collection');
    await staff.locator('.live-on').waitFor();

    // The session ends elsewhere (its hours ran out, or signed out in another tab): the next
    // call the editor makes finds it gone.
    await staff.context().clearCookies();
    await text.press('End');
    await staff.keyboard.type(' this week.');
    await staff.getByRole('heading', { name: 'Sign in to Gatepost' }).waitFor();
    await staff.getByRole('status').filter({ hasText: 'Your sign-in has ended' }).waitFor();
    expect(await staff.getByLabel('School email address').inputValue()).toBe('staff@demo.gatepost.test');
    await noSeriousViolations(staff, 'sign-in-ended');

    await staff.getByLabel('Password').fill(PASSWORD);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('heading', { name: 'New post', level: 1 }).waitFor();
    expect(await text.inputValue()).toBe(
      'Thank you to every family who gave to our harvest food bank collection this week.',
    );
    expect(await staff.title()).toBe('New post – Gatepost');
    // Live updates come back with the new sign-in.
    await staff.locator('.live-on').waitFor();
    await staff.getByRole('button', { name: 'Save draft' }).click();
    await staff.getByRole('heading', { name: 'Your post' }).waitFor();
  }, 60_000);

  it('asks before a link or signing out leaves a post with unsaved changes, and not after saving', async () => {
    const staff = await signIn('staff');
    await openScreen(staff, 'New post');
    const text = staff.getByLabel('Post text');
    await text.fill('Sports day moves to Friday because of the weather forecast.');
    const asked: string[] = [];
    let answer = false;
    staff.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void (answer ? dialog.accept() : dialog.dismiss());
    });
    await openScreen(staff, 'Queue');
    await staff.getByRole('button', { name: 'Sign out' }).click();
    expect(asked).toEqual([
      'This post has changes that are not saved. Leave without saving them?',
      'This post has changes that are not saved. Leave without saving them?',
    ]);
    await staff.getByRole('heading', { name: 'New post', level: 1 }).waitFor();
    expect(await text.inputValue()).toBe('Sports day moves to Friday because of the weather forecast.');

    await staff.getByRole('button', { name: 'Save draft' }).click();
    await staff.getByRole('heading', { name: 'Your post' }).waitFor();
    await openScreen(staff, 'Queue');
    await staff.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    expect(asked).toHaveLength(2);

    // Agreeing to leave does leave.
    await openScreen(staff, 'New post');
    await text.fill('A second thought, not wanted.');
    answer = true;
    await openScreen(staff, 'Queue');
    await staff.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    expect(asked).toHaveLength(3);
  }, 60_000);

  it('fits every role’s screens on a 375px phone without scrolling sideways', async () => {
    const overflowing: string[] = [];
    for (const who of ['staff', 'officer', 'head', 'dsl', 'ict', 'trustadmin']) {
      const page = await signIn(who);
      await page.setViewportSize(SMALL_PHONE);
      for (const screen of ['Queue', 'Calendar', 'Publications', 'Accounts', 'Forms']) {
        await openScreen(page, screen);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        const { scroll, width } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth,
        }));
        if (scroll > width) overflowing.push(`${who} on ${screen}: ${scroll}px wide`);
      }
      await page.context().close();
    }
    expect(overflowing).toEqual([]);
  }, 120_000);

  it('refuses a photo description too short for the check at upload, and shows one shortened later', async () => {
    const staff = await signIn('staff');
    await openScreen(staff, 'New post');
    await staff.getByLabel('Post text').fill('Our reading corner has new beanbags thanks to the PTA.');
    await staff.getByLabel('Photo', { exact: true }).setInputFiles(PHOTO);
    await staff.getByLabel('Describe the photo (alt text)').fill('Reading corner');
    await staff.getByRole('radio', { name: 'Taken by staff' }).check();
    await staff.getByRole('button', { name: 'Upload photo' }).click();
    await staff
      .getByRole('alert')
      .filter({ hasText: 'Describe the photo in a sentence: “Reading corner” is too short' })
      .waitFor();
    expect(await staff.evaluate(() => document.activeElement?.id)).toMatch(/-alt$/);
    expect(await staff.locator('.photo-card').count()).toBe(0);

    await staff
      .getByLabel('Describe the photo (alt text)')
      .fill('Pupils reading on beanbags in the library corner.');
    await staff.getByRole('button', { name: 'Upload photo' }).click();
    const card = staff.locator('.photo-card', { hasText: 'Photo 1' });
    await card.waitFor();

    // Shortened in its card afterwards: the editor's policy check says what the check will.
    await card.getByLabel('Description (alt text)').fill('Beanbags');
    await staff.keyboard.press('Tab');
    const side = staff.locator('.editor-side');
    await side.getByText('Photo 1\'s description ("Beanbags") is too short').waitFor();
    await staff.locator('#check-summary', { hasText: '1 thing to fix' }).waitFor();
    await noSeriousViolations(staff, 'editor-alt-text-short');
  }, 90_000);

  it('keeps a new post at its own address once its first photo saves it, so a reload finds it', async () => {
    const staff = await signIn('staff');
    await openScreen(staff, 'New post');
    const text = 'Our Year 3 gardeners planted bulbs by the front gate this morning.';
    await staff.getByLabel('Post text').fill(text);
    await staff.getByLabel('Photo', { exact: true }).setInputFiles(PHOTO);
    await staff
      .getByLabel('Describe the photo (alt text)')
      .fill('Tulip bulbs planted in a raised bed by the gate.');
    await staff.getByRole('radio', { name: 'Taken by staff' }).check();
    await staff.getByRole('button', { name: 'Upload photo' }).click();
    await staff.locator('.photo-card', { hasText: 'Photo 1' }).waitFor();
    expect(new URL(staff.url()).pathname).toMatch(/^\/drafts\/[\w-]+\/edit$/);
    // The editor stayed open through the photo: what was typed is still in it.
    expect(await staff.getByLabel('Post text').inputValue()).toBe(text);

    await staff.reload();
    await staff.locator('.photo-card', { hasText: 'Photo 1' }).waitFor();
    expect(await staff.getByLabel('Post text').inputValue()).toBe(text);
  }, 90_000);

  it('shows the ICT technician how an account is added, and lists every gap of the form in words', async () => {
    const ict = await signIn('ict');
    await openScreen(ict, 'Accounts');
    await ict.getByText('To add an account, send the social media site creation approval').waitFor();
    await ict.getByRole('main').getByRole('link', { name: 'Forms' }).click();
    await ict.getByRole('heading', { name: 'Forms', level: 1 }).waitFor();

    await ict.getByRole('radio', { name: /Appendix C/ }).check();
    await ict.getByLabel('Account name (handle)').fill('@oakfield_pe');
    await ict.getByRole('button', { name: 'Send the form' }).click();
    const gaps = ict.getByRole('alert').filter({ hasText: 'The form is not complete yet' });
    await gaps.waitFor();
    const items = await gaps.getByRole('listitem').allTextContents();
    expect(items).toContain('Team details is required.');
    expect(items).toContain('Choose at least one proposed audience.');
    expect(items).not.toContainEqual(expect.stringMatching(/handle/));
    // Field names are the API's, not the school's: none leaks into the words.
    expect(await gaps.textContent()).not.toMatch(/\b(team|proposedContent|goLiveDate):/);
    expect(await ict.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('team');
    expect(await ict.getByLabel('Team', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await ict.getByLabel('Account name (handle)').inputValue()).toBe('@oakfield_pe');
    await noSeriousViolations(ict, 'form-gaps');
  }, 60_000);

  it('lets an invited colleague join from the emailed link, on a phone', async () => {
    const head = await gp.login('head');
    const invited = await head('POST', '/api/invitations', {
      email: 'j.bloggs@demo.gatepost.test',
      role: 'STAFF',
      schoolId: gp.seeded.schoolId,
    });
    expect(invited.status).toBe(201);
    const page = await visitor();
    await page.goto(await linkMailedTo('j.bloggs@demo.gatepost.test'));
    await page.getByRole('heading', { name: 'Join Gatepost', level: 1 }).waitFor();
    // The secret leaves the address bar once read.
    expect(page.url()).toBe(`${gp.url}/accept-invitation`);
    await noSeriousViolations(page, 'accept-invitation');
    await page.getByLabel('Your name').fill('Jo Bloggs');
    await page.getByLabel('Choose a password').fill('short');
    await page.getByRole('button', { name: 'Join and sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'at least 10 characters' }).waitFor();
    await page.getByLabel('Choose a password').fill('orange kettle mountain');
    await page.getByRole('button', { name: 'Join and sign in' }).click();
    await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    await page.locator('.who-name', { hasText: 'Jo Bloggs' }).waitFor();
    await page.context().close();
  }, 60_000);

  it('lets someone who forgot their password ask for a link and choose a new one', async () => {
    const page = await visitor();
    await page.goto(gp.url);
    await page.getByRole('button', { name: 'Forgotten your password?' }).click();
    await page.locator('#reset-email').fill('dsl@demo.gatepost.test');
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('status').filter({ hasText: 'we have emailed it a link' }).waitFor();
    await noSeriousViolations(page, 'forgotten-password');

    await page.goto(await linkMailedTo('dsl@demo.gatepost.test'));
    await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await page.getByLabel('Choose a password').fill('purple ladder harbour');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password has been changed' }).waitFor();
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await page.locator('#email').fill('dsl@demo.gatepost.test');
    await page.getByLabel('Password', { exact: true }).fill('purple ladder harbour');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    await page.context().close();
  }, 60_000);

  it('kept to the content security policy and threw no errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
