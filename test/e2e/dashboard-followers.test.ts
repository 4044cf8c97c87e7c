// The Followers screen (§2) in a real browser against the whole product and a fake X: the
// officer checks the school's X account for new followers, sees who matches a pupil's name,
// cannot decline a follow request X's API has no call for (and is told why), and blocks a
// follower on X; the headteacher sees the queue without the buttons. Axe-clean at phone and
// desktop widths, within the CSP.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeX, startFakeX } from '../fakes/fake-x.ts';
import { followersOnX } from '../support/followers.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { addAccount, addConnectedXAccount, fakeXSettings } from '../support/platform-accounts.ts';
import { ameliaHughes } from '../support/roster.ts';
import { SCREENSHOTS } from './support/browser.ts';
import { dashboardInChromium, noSeriousViolations, openScreen } from './support/sign-in.ts';

let fake: FakeX;
beforeAll(async () => {
  fake = await startFakeX();
  const school = fake.account.id;
  followersOnX(fake);
  fake.state.users.get(school)!.protected = true;
  fake.state.addFollower(school, 'curious_stranger', {
    name: 'Curious Stranger',
    createdAt: new Date('2021-05-01'),
  });
});
afterAll(() => fake?.close());

const { gp, db, ict } = signedInGatepost({
  roster: [ameliaHughes],
  env: () => fakeXSettings(fake, `e2e-followers-${process.pid}`),
  sweepMs: 60_000,
  database: true,
  as: ['ict'],
});
const { problems, signIn } = dashboardInChromium(gp);
beforeAll(async () => {
  await addConnectedXAccount(gp, db, ict, fake);
  await addAccount(gp, db, 'FACEBOOK', 'Oakfield Primary School');
});
const card = (page: Page, handle: string) => page.locator('.card.follower', { hasText: handle });

describe('the Followers screen', () => {
  it('lets the officer vet new followers of the X account, warned of a pupil’s name', async () => {
    const officer = await signIn('officer');
    await openScreen(officer, 'Followers');
    await officer.getByRole('heading', { name: 'Followers', level: 1 }).waitFor();
    const xAccount = officer.locator('.follower-accounts .card', { hasText: '@oakfield_primary' });
    await officer
      .locator('.follower-accounts .card', { hasText: 'Oakfield Primary School' })
      .getByText('gives a Page only the number of its followers', { exact: false })
      .waitFor();
    await xAccount.getByRole('button', { name: 'Check for new followers' }).click();

    const amelia = card(officer, '@amelia_hughes09');
    await amelia.getByText('Name matches pupil Amelia Hughes (Year 4)').waitFor({ timeout: 30_000 });
    await amelia.getByText('New account').waitFor();
    await card(officer, '@oakfield_bakery').getByText('Fresh bread daily on the high street.').waitFor();
    expect(await card(officer, '@oakfield_bakery').locator('.name-warnings').count()).toBe(0);

    const request = card(officer, '@curious_stranger');
    await request.getByText('Asks to follow').waitFor();
    expect(await request.getByRole('button', { name: 'Remove' }).isDisabled()).toBe(true);
    await request.getByText(/^Not available: X’?'?s API cannot decline a follow request/).waitFor();
    await noSeriousViolations(officer, 'followers');
    await officer.screenshot({ path: path.join(SCREENSHOTS, 'followers.png'), fullPage: true });

    fake.state.blockingAllowed = true;
    await card(officer, '@oakfield_bakery').getByRole('button', { name: 'Block' }).click();
    await card(officer, '@oakfield_bakery').waitFor({ state: 'detached' });
    const bakery = [...fake.state.users.values()].find((u) => u.username === 'oakfield_bakery')!;
    expect(fake.state.blocks.get(fake.account.id)?.has(bakery.id)).toBe(true);
    await officer.getByLabel('Show').selectOption({ label: 'Blocked' });
    await card(officer, '@oakfield_bakery').getByText('Blocked', { exact: true }).waitFor();
    expect(problems).toEqual([]);
  }, 120_000);

  it('lets the officer practise on the sandbox account in demo mode', async () => {
    const officer = await signIn('officer');
    await openScreen(officer, 'Followers');
    const sandbox = officer.locator('.follower-accounts .card', { hasText: 'demo-primary' });
    await sandbox.getByText('Practise: someone follows this account').click();
    await sandbox.getByLabel('Their handle').fill('@olivia_fan');
    await sandbox.getByLabel('Their display name').fill('Olivia Officer');
    await sandbox.getByRole('button', { name: 'Add this follower' }).click();
    const fan = card(officer, '@olivia_fan');
    await fan.getByText('Name matches staff member Olivia Officer').waitFor({ timeout: 30_000 });
    await fan.getByRole('button', { name: 'Approve' }).click();
    await fan.waitFor({ state: 'detached' });
    await noSeriousViolations(officer, 'followers-sandbox');
  }, 60_000);

  it('shows the headteacher the queue without the officer’s buttons', async () => {
    const head = await signIn('head');
    await openScreen(head, 'Followers');
    const amelia = card(head, '@amelia_hughes09');
    await amelia.getByText('Name matches pupil Amelia Hughes (Year 4)').waitFor();
    expect(await amelia.getByRole('button').count()).toBe(0);
    expect(await head.getByRole('button', { name: 'Check for new followers' }).count()).toBe(0);
  }, 60_000);
});
