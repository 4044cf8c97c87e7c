// §3 on a school's first day: the headteacher invites a colleague from the Accounts screen, in the
// school's words, on a phone. A missing role or a clash is said in words and what was typed stays;
// the confirmation says where the invitation waits while email is not set up, and the invitation
// mail is in the outbox. A trust admin may also give the trust admin role, a headteacher may not.
import { describe, expect, it } from 'vitest';
import { readOutbox } from '../../services/adapters/mail/mailer.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { dashboardInChromium, noSeriousViolations, openScreen } from './support/sign-in.ts';

const SMALL_PHONE = { width: 375, height: 667 };

const { gp } = signedInGatepost();
const { problems, signIn } = dashboardInChromium(gp);

describe('inviting a colleague from the dashboard', () => {
  it('the headteacher invites a colleague and is told the invitation is on its way', async () => {
    const head = await signIn('head');
    await openScreen(head, 'Accounts');
    // Resized once on the screen: the main menu refolds for a phone without racing the click.
    await head.setViewportSize(SMALL_PHONE);
    const form = head.getByRole('form', { name: 'Invite a colleague' });
    const roles = await form.getByLabel('Their role').locator('option').allTextContents();
    expect(roles.map((r) => r.split(' (')[0])).toEqual([
      'Choose a role',
      'Staff',
      'Marketing officer',
      'DSL',
      'ICT technician',
      'Headteacher',
    ]);
    // Someone at one school is not asked which school.
    expect(await form.getByLabel('School', { exact: true }).count()).toBe(0);

    await form.getByLabel('Their school email address').fill('r.ahmed@demo.gatepost.test');
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Choose the role they will have at the school.' })
      .waitFor();
    expect(await form.getByLabel('Their school email address').inputValue()).toBe(
      'r.ahmed@demo.gatepost.test',
    );

    // Already the school's marketing officer: said in words, the form kept as typed.
    await form.getByLabel('Their school email address').fill('officer@demo.gatepost.test');
    await form
      .getByLabel('Their role')
      .selectOption({ label: 'Marketing officer (reviews posts and replies)' });
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'officer@demo.gatepost.test is already the marketing officer' })
      .waitFor();
    expect(await form.getByLabel('Their role').inputValue()).toBe('MARKETING_OFFICER');
    await noSeriousViolations(head, 'accounts-invite-error');

    await form.getByLabel('Their school email address').fill('R.Ahmed@demo.gatepost.test');
    await form.getByLabel('Their role').selectOption({ label: 'Staff (writes posts)' });
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    const done = form.getByRole('status');
    await done.filter({ hasText: 'An invitation is on its way to r.ahmed@demo.gatepost.test.' }).waitFor();
    expect(await done.textContent()).toMatch(/until email is set up .* waits in the outbox\//i);
    expect(await form.getByRole('alert').count()).toBe(0);
    expect(await form.getByLabel('Their school email address').inputValue()).toBe('');
    expect(await form.getByLabel('Their role').inputValue()).toBe('');
    const { scroll, width } = await head.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(width);
    await noSeriousViolations(head, 'accounts-invite-sent');

    const mail = (await readOutbox(`/tmp/${gp.prefix}`)).find((m) => m.to === 'r.ahmed@demo.gatepost.test');
    expect(mail?.subject).toMatch(/invited to Gatepost at/);
    expect(mail?.text).toMatch(/as staff\./);
    expect(mail?.text).toMatch(/\/accept-invitation#token=/);
  }, 120_000);

  it('offers the trust admin role only to a trust admin, and nothing to those who may not invite', async () => {
    const trustAdmin = await signIn('trustadmin');
    await openScreen(trustAdmin, 'Accounts');
    const roles = trustAdmin.getByRole('form', { name: 'Invite a colleague' }).getByLabel('Their role');
    expect(await roles.locator('option').allTextContents()).toContain('Trust admin (across the trust)');

    const officer = await signIn('officer');
    await openScreen(officer, 'Accounts');
    await officer.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor();
    expect(await officer.getByRole('form', { name: 'Invite a colleague' }).count()).toBe(0);
  }, 60_000);

  it('kept to the content security policy and threw no errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
