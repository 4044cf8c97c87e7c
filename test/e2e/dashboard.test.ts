// The dashboard in a real browser against the whole product: staff draft a post, see the
// pupil's name marked where it is, fix it, add a photo whose faces are blurred, and submit; the
// officer blurs one more area, acknowledges the warning and approves with the keyboard; the
// post is published. Every screen passes axe at phone and
// desktop widths and keeps to the CSP.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Api, waitForState } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { ameliaHughes, oliverBennett } from '../support/roster.ts';
import { sharedPhoto } from '../support/shared-photos.ts';
import { DESKTOP, watchProblems } from './support/browser.ts';
import { dashboardInChromium, menuLabels, noSeriousViolations, openScreen } from './support/sign-in.ts';

// A shared test photo with five faces, read in place (never copied into the repository).
const PHOTO = sharedPhoto('fjs-bbt1.jpg');

const { gp } = signedInGatepost({ roster: [ameliaHughes, oliverBennett] });
const { browser, problems, signIn } = dashboardInChromium(gp);

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
    // Amelia's parents agreed to her first name appearing beside photos (the MIS export says so).
    const consent = await (await gp.login('officer'))('POST', '/api/consent/import', {
      csv: [
        'upn,first_name,last_name,preferred_name,year_group,photo_consent,name_consent,name with photo',
        'P823741005101,Amelia,Hughes,,Year 4,yes,yes,yes',
        'D823741005102,Oliver,Bennett,,Year 6,yes,yes,no',
      ].join('\n'),
    });
    expect(consent.status).toBe(200);
    const staff = await signIn('staff');
    await openScreen(staff, 'New post');
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

    // A photo: described (required), uploaded, and every face blurred by the worker.
    await staff.getByRole('button', { name: 'Upload photo' }).click();
    await staff.getByRole('alert').filter({ hasText: 'Choose a photo to add.' }).waitFor();
    await staff.getByLabel('Photo', { exact: true }).setInputFiles(PHOTO);
    await staff.getByRole('button', { name: 'Upload photo' }).click();
    await staff.getByRole('alert').filter({ hasText: 'Describe the photo first' }).waitFor();
    await staff.getByLabel('Describe the photo (alt text)').fill('Year 4 pupils at the swimming gala.');
    await staff.getByRole('button', { name: 'Upload photo' }).click();
    await staff.getByRole('alert').filter({ hasText: 'Say where the photo comes from' }).waitFor();
    await staff.getByRole('radio', { name: 'Taken by staff' }).check();
    await staff.getByRole('button', { name: 'Upload photo' }).click();
    const photo = staff.locator('.photo-card', { hasText: 'Photo 1' });
    await photo
      .locator('.photo-summary', { hasText: '5 faces found: 5 blurred.' })
      .waitFor({ timeout: 45_000 });
    const shown = photo.getByRole('img', { name: 'Year 4 pupils at the swimming gala.' });
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1366);
    expect(await shown.getAttribute('src')).toMatch(/\/processed\?/);
    // Staff never see the original, only what would be published.
    expect(await staff.locator('img[src*="/original"]').count()).toBe(0);
    await noSeriousViolations(staff, 'editor-with-photo');

    await staff.getByRole('button', { name: 'Submit for approval' }).click();
    await staff.getByRole('heading', { name: 'Your post' }).waitFor();
    // Workers move it on; the page follows over server-sent events without a reload.
    // Checks queue behind other work on a busy machine: allow them a minute, and say where it stopped.
    const staffApi = await gp.login('staff');
    const checked = await waitForState(
      staffApi,
      staff.url().split('/').at(-1)!,
      ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'],
      60_000,
    );
    expect({
      state: checked.state,
      findings: checked.findings.map((f: { ruleId: string }) => f.ruleId),
    }).toEqual({
      state: 'AWAITING_APPROVAL',
      findings: ['text.pupil-first-name'],
    });
    await staff.locator('.screen-head .badge', { hasText: 'Awaiting approval' }).waitFor();
    await noSeriousViolations(staff, 'draft-awaiting-approval');
    const draftId = staff.url().split('/').at(-1)!;

    const officer = await signIn('officer');
    const card = officer.locator('#col-awaiting').getByRole('link', { name: /Well done to Amelia for/ });
    await card.waitFor();
    await noSeriousViolations(officer, 'queue');
    expect(
      await officer.locator('#col-awaiting .card', { hasText: 'Well done to Amelia' }).textContent(),
    ).toMatch(/by Sam Staff.*1 photo/);
    await card.click();
    await officer.getByRole('heading', { name: 'Your decision' }).waitFor();

    // The officer sees the original beside the blurred photo and blurs one more area by dragging.
    const review = officer.locator('.blur-review');
    const loaded = (img: HTMLImageElement) => img.naturalWidth;
    const original = review.getByRole('img', { name: /^Original of photo 1/ });
    await expect.poll(() => original.evaluate(loaded), { timeout: 20_000 }).toBe(1366);
    await expect
      .poll(() => review.getByRole('img', { name: /^Photo 1 as published/ }).evaluate(loaded))
      .toBe(1366);
    await noSeriousViolations(officer, 'review-photo');
    const area = await review.locator('.draw-area').boundingBox();
    await officer.mouse.move(area!.x + area!.width * 0.05, area!.y + area!.height * 0.7);
    await officer.mouse.down();
    await officer.mouse.move(area!.x + area!.width * 0.25, area!.y + area!.height * 0.95, { steps: 5 });
    await officer.mouse.up();
    expect(Number(await review.getByLabel('Width').inputValue())).toBeGreaterThan(200);
    await review.getByRole('button', { name: 'Blur this area' }).click();
    await review.locator('.photo-summary', { hasText: '1 extra area blurred.' }).waitFor({ timeout: 45_000 });
    await officer.locator('.screen-head .badge', { hasText: 'Awaiting approval' }).waitFor();
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

    await openScreen(officer, 'Publications');
    const publication = officer.locator('.card', { hasText: 'Well done to Amelia for' });
    await publication.locator('.publications .badge', { hasText: 'Published' }).waitFor();
    await noSeriousViolations(officer, 'publications');

    // The sandbox's "View the post" leads to what the sandbox published.
    await publication.getByRole('link', { name: /^View the post/ }).click();
    await officer.getByRole('heading', { name: 'Sandbox posts' }).waitFor();
    const postId = published.publications[0].platformPostId;
    await officer.locator(`[id="post-${postId}"]`, { hasText: 'Well done to Amelia for' }).waitFor();
    await noSeriousViolations(officer, 'sandbox-posts');
  }, 240_000);

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
    await openScreen(page, 'Calendar');
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
    await openScreen(head, 'Audit');
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
    expect(await menuLabels(staff)).not.toContain('Audit');
  });

  it('lets the headteacher revoke and restore who may post to an account', async () => {
    const head = await signIn('head');
    await openScreen(head, 'Accounts');
    const staffRow = head.locator('.people li', { hasText: 'Sam Staff' });
    await staffRow.getByRole('button', { name: 'Revoke Sam Staff' }).click();
    await staffRow.getByRole('button', { name: 'Authorise again Sam Staff' }).waitFor();
    const staffApi = await gp.login('staff');
    expect((await staffApi('GET', '/api/accounts')).body[0].mayPost).toBe(false);
    await noSeriousViolations(head, 'accounts');
    await staffRow.getByRole('button', { name: 'Authorise again Sam Staff' }).click();
    // Trained today: the date is asked again, never assumed.
    const again = staffRow.getByRole('form', { name: 'Authorise Sam Staff again' });
    await again.getByLabel(/^Trained on/).fill(new Date().toISOString().slice(0, 10));
    await again.getByRole('button', { name: 'Authorise again', exact: true }).click();
    await staffRow.getByRole('button', { name: 'Revoke Sam Staff' }).waitFor();
    expect((await staffApi('GET', '/api/accounts')).body[0].mayPost).toBe(true);
  });

  it('lets the officer find a pupil’s consent and import the MIS file after a dry run', async () => {
    const officer = await signIn('officer');
    await openScreen(officer, 'Consent');
    await officer.getByRole('heading', { name: 'Consent register' }).waitFor();
    await officer.getByLabel('Find a pupil by name, UPN or year').fill('benn');
    const oliver = officer.getByRole('row', { name: /Oliver Bennett/ });
    await officer.getByText('1 pupil.').waitFor();
    expect(await oliver.getByRole('cell').nth(1).textContent()).toBe('Given');

    // The MIS now says no photos of Oliver, and a new pupil joined.
    const dir = mkdtempSync(path.join(tmpdir(), 'gatepost-e2e-'));
    const csv = path.join(dir, 'consent.csv');
    writeFileSync(
      csv,
      [
        'upn,first_name,last_name,preferred_name,year_group,photo_consent,name_consent',
        'P823741005101,Amelia,Hughes,,Year 4,yes,yes',
        'D823741005102,Oliver,Bennett,,Year 6,no,yes',
        'T823741005103,Noah,Patel,,Year 3,yes,no',
      ].join('\n'),
    );
    await officer.getByLabel('Consent CSV file').setInputFiles(csv);
    await officer.getByRole('button', { name: 'Check the file' }).click();
    const preview = officer.getByRole('region', { name: 'What this file would change' });
    await preview.getByText('Noah Patel').waitFor();
    expect(await preview.textContent()).toContain('Oliver Bennett');
    await noSeriousViolations(officer, 'consent-dry-run');
    // A dry run changes nothing.
    expect(await oliver.getByRole('cell').nth(1).textContent()).toBe('Given');

    await preview.getByRole('button', { name: 'Apply these changes' }).click();
    await officer.getByRole('status').filter({ hasText: 'Imported.' }).waitFor();
    await expect.poll(() => oliver.getByRole('cell').nth(1).textContent()).toMatch(/^Withdrawn|^Not given/);
    await officer.getByLabel('Find a pupil by name, UPN or year').fill('');
    await officer.getByRole('row', { name: /Noah Patel/ }).waitFor();
    await noSeriousViolations(officer, 'consent');

    const staff = await signIn('staff');
    expect(await menuLabels(staff)).not.toContain('Consent');
  }, 120_000);

  it('hides an abusive reply and logs it; the DSL, and not staff, sees the safeguarding concern', async () => {
    const officerApi = await gp.login('officer');
    const replies = [
      ['@troll', 'You are a useless idiot'],
      ['@worried_kid', 'my stepdad hits me please help'],
    ];
    for (const [author, text] of replies) {
      const sent = await officerApi('POST', `/api/sandbox/accounts/${gp.seeded.accountId}/replies`, {
        author,
        text,
      });
      expect(sent.status).toBe(201);
    }
    // Replies are polled and classified by workers; wait for that before looking.
    await expect
      .poll(
        async () =>
          (await officerApi('GET', '/api/replies')).body.filter(
            (r: { classified: boolean; moderation: string }) =>
              r.classified && r.moderation !== 'hide_pending',
          ).length,
        { timeout: 60_000, interval: 500 },
      )
      .toBe(2);

    const officer = await signIn('officer');
    await openScreen(officer, 'Replies');
    const troll = officer.locator('.reply', { hasText: 'You are a useless idiot' });
    await troll.locator('.moderation', { hasText: /^Hidden$/ }).waitFor();
    expect(await troll.textContent()).toContain('Abusive');
    await noSeriousViolations(officer, 'replies');

    await openScreen(officer, 'Abuse log');
    const entry = officer.getByRole('row', { name: /@troll/ });
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(/You are a useless idiot.*Abusive.*hidden/);
    expect(await officer.locator('tbody').textContent()).not.toContain('stepdad');
    await noSeriousViolations(officer, 'abuse-log');
    await openScreen(officer, 'Offenders');
    await officer.getByRole('heading', { name: 'Offenders', level: 1 }).waitFor();
    await noSeriousViolations(officer, 'offenders');
    expect(await menuLabels(officer)).not.toContain('Escalations');

    const dsl = await signIn('dsl');
    await openScreen(dsl, 'Escalations');
    const concern = dsl.locator('.escalation', { hasText: 'my stepdad hits me please help' });
    await concern.waitFor();
    await noSeriousViolations(dsl, 'escalations');
    await concern.getByRole('button', { name: 'Acknowledge' }).click();
    await concern.locator('.badge', { hasText: /^Acknowledged$/ }).waitFor();

    const staff = await signIn('staff');
    const nav = await menuLabels(staff);
    expect(nav).not.toContain('Escalations');
    expect(nav).not.toContain('Replies');
    await staff.goto(`${gp.url}/escalations`);
    await staff.getByRole('alert').waitFor();
    expect(await staff.locator('main').textContent()).not.toContain('stepdad');
  }, 150_000);

  it('kept to the content security policy and threw no errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
