// The review screen says what changed since the version before: staff fix a post the checks sent
// back (a pupil's full name), change its time and a photo's description, and resubmit; the
// officer sees the words taken out and put in, and a line for the time and the photo, without
// re-reading the whole post. On the way, the editor refuses a UK time that does not exist and
// asks which one is meant for a time that happens twice, as the API does.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForState } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { ameliaHughes } from '../support/roster.ts';
import { sharedPhoto } from '../support/shared-photos.ts';
import { SCREENSHOTS } from './support/browser.ts';
import { dashboardInChromium, noSeriousViolations } from './support/sign-in.ts';

// A shared test photo with no faces, read in place (never copied into the repository).
const PHOTO = sharedPhoto('hu-background.jpg');

const { gp, staff: staffApi } = signedInGatepost({ roster: [ameliaHughes], as: ['staff'] });
const { problems, signIn } = dashboardInChromium(gp);

async function draftWithPhoto(text: string, scheduledLocal: string) {
  const created = await staffApi('POST', '/api/drafts', {
    accountIds: [gp.seeded.accountId],
    text,
    scheduledLocal,
  });
  expect(created.status).toBe(201);
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(readFileSync(PHOTO))]), path.basename(PHOTO));
  form.set('altText', 'The school field before the race');
  form.set('source', 'TAKEN_BY_STAFF');
  const photo = await staffApi('POST', `/api/drafts/${created.body.id}/media`, form);
  expect(photo.status).toBe(201);
  return { id: created.body.id as string, photoId: photo.body.id as string };
}

const submit = async (id: string) =>
  expect((await staffApi('POST', `/api/drafts/${id}/submit`)).status).toBe(202);

describe('what changed since the last version', () => {
  it('shows the officer the changes to a post resubmitted after changes required', async () => {
    const { id, photoId } = await draftWithPhoto(
      'Well done to Amelia Hughes for her swimming certificate!',
      '2027-01-14T09:00',
    );
    await submit(id);
    expect((await waitForState(staffApi, id, ['CHANGES_REQUIRED', 'AWAITING_APPROVAL'], 60_000)).state).toBe(
      'CHANGES_REQUIRED',
    );

    // A first version has nothing to compare with: the officer sees no changes section.
    const first = await draftWithPhoto(
      'Sports day is on Friday: bring water and a sun hat!',
      '2027-01-20T15:00',
    );
    await submit(first.id);
    await waitForState(staffApi, first.id, ['AWAITING_APPROVAL'], 60_000);
    const officer = await signIn('officer');
    await officer.goto(`${gp.url}/drafts/${first.id}`);
    await officer.getByRole('heading', { name: 'Your decision' }).waitFor();
    expect(await officer.getByRole('heading', { name: /What changed/ }).count()).toBe(0);

    expect(
      (await staffApi('PATCH', `/api/media/${photoId}`, { altText: 'Year 4 lined up on the school field' }))
        .status,
    ).toBe(200);
    const staff = await signIn('staff');
    await staff.goto(`${gp.url}/drafts/${id}/edit`);
    await staff.getByRole('heading', { name: 'Edit post' }).waitFor();
    const schedule = staff.getByLabel('Publish at (UK time)');
    await expect.poll(() => schedule.inputValue()).toBe('2027-01-14T09:00');

    // 01:30 on the spring-forward Sunday never happens: refused here as the API refuses it.
    await schedule.fill('2027-03-28T01:30');
    const refusal = staff.locator('#schedule-problem');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('2027-03-28 01:30 does not exist in UK time');
    expect(await schedule.getAttribute('aria-invalid')).toBe('true');
    const api = await staffApi('PATCH', `/api/drafts/${id}`, { scheduledLocal: '2027-03-28T01:30' });
    expect(api.status).toBe(400);
    expect(JSON.stringify(api.body)).toContain('2027-03-28 01:30 does not exist in UK time');
    await staff.getByRole('button', { name: 'Save draft' }).click();
    await staff.locator('.error-summary', { hasText: 'does not exist in UK time' }).waitFor();

    // 01:30 on the autumn Sunday happens twice: the editor asks which.
    await schedule.fill('2027-10-31T01:30');
    await staff.getByRole('group', { name: /01:30 happens twice that night/ }).waitFor();
    await noSeriousViolations(staff, 'editor-time-twice');
    await staff.getByRole('button', { name: 'Save draft' }).click();
    await staff.locator('.error-summary', { hasText: 'say which 01:30 you mean' }).waitFor();
    await staff.getByRole('radio', { name: /The second \(GMT/ }).check();
    expect(await schedule.getAttribute('aria-invalid')).toBeNull();

    await schedule.fill('2027-01-15T10:30');
    await staff.getByLabel('Post text').fill('Well done to our Year 4 swimmer for her certificate!');
    await staff.getByRole('button', { name: 'Submit for approval' }).click();
    await staff.waitForURL(`${gp.url}/drafts/${id}`);
    const ready = await waitForState(staffApi, id, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'], 60_000);
    expect(ready.state).toBe('AWAITING_APPROVAL');
    expect(ready.scheduledAt).toBe('2027-01-15T10:30:00.000Z');

    await officer.goto(`${gp.url}/drafts/${id}`);
    const changes = officer.getByRole('region', { name: 'What changed since version 1' });
    await changes.waitFor();
    const words = changes.locator('.text-changes');
    expect(await words.locator('ins').allTextContents()).toEqual(['(added) our Year 4 swimmer']);
    expect(await words.locator('del').allTextContents()).toEqual([
      '(removed) Amelia Hughes',
      '(removed) swimming ',
    ]);
    expect(await words.textContent()).toBe(
      'Well done to (removed) Amelia Hughes(added) our Year 4 swimmer for her (removed) swimming certificate!',
    );
    expect(await changes.getByRole('listitem').allTextContents()).toEqual([
      'Goes out: was (removed) Thu 14 Jan, 09:00 (UK time), now (added) Fri 15 Jan, 10:30 (UK time)',
      'Photo 1 description: was (removed) “The school field before the race”, now (added) “Year 4 lined up on the school field”',
    ]);
    // Not colour alone: inserted words are underlined, removed ones struck through.
    expect(
      await changes
        .locator('ins')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('underline');
    expect(
      await changes
        .locator('del')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('line-through');
    await changes.scrollIntoViewIfNeeded();
    await noSeriousViolations(officer, 'review-changes');
    await officer.screenshot({ path: path.join(SCREENSHOTS, 'review-changes.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
