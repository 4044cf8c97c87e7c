// §3 in a real browser: a colleague joins as staff and may not post anywhere yet; the
// headteacher authorises them from the Accounts screen by their school email and the date they
// were trained, is told plainly when the email is not someone at the school, and the colleague
// then sees they may post. The screen passes axe and keeps to the CSP.
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../services/auth/passwords.ts';
import { createUser, grantRole } from '../../services/repositories/people.ts';
import { PASSWORD } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { dashboardInChromium, noSeriousViolations, openScreen } from './support/sign-in.ts';

const { gp, db } = signedInGatepost({ database: true });
const { problems, signIn } = dashboardInChromium(gp);

beforeAll(async () => {
  const user = await createUser(db.prisma, {
    email: 'newcomer@demo.gatepost.test',
    name: 'Priya Natarajan',
    passwordHash: await hashPassword(PASSWORD),
  });
  await grantRole(db.prisma, user.id, gp.seeded.schoolId, 'STAFF');
});

describe('authorising a new colleague from the dashboard', () => {
  it('the headteacher authorises a colleague by email and training date, with clear feedback', async () => {
    const newcomer = await signIn('newcomer');
    await openScreen(newcomer, 'Accounts');
    await newcomer.getByText('You are not authorised to post here').waitFor();

    const head = await signIn('head');
    await openScreen(head, 'Accounts');
    const form = head.getByRole('form', { name: /^Authorise a colleague to post to/ });
    await form.getByRole('button', { name: 'Authorise', exact: true }).click();
    await form.getByRole('alert').filter({ hasText: 'Give the colleague’s school email address.' }).waitFor();

    await form.getByLabel('Their school email address').fill('newcomer@demo.gatepost.test');
    await form.getByRole('button', { name: 'Authorise', exact: true }).click();
    await form.getByRole('alert').filter({ hasText: 'Give the date they were trained' }).waitFor();

    await form.getByLabel('Their school email address').fill('someone.else@demo.gatepost.test');
    await form.getByLabel(/^Trained on/).fill('2026-09-01');
    await form.getByRole('button', { name: 'Authorise', exact: true }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: 'Nobody at this school signs in to Gatepost as someone.else@demo.gatepost.test' })
      .waitFor();

    await form.getByLabel('Their school email address').fill('newcomer@demo.gatepost.test');
    await form.getByRole('button', { name: 'Authorise', exact: true }).click();
    await form.getByRole('status').filter({ hasText: 'Priya Natarajan may now post to' }).waitFor();
    expect(await form.getByRole('alert').count()).toBe(0);
    await head.getByRole('button', { name: 'Revoke Priya Natarajan' }).waitFor();
    expect(await form.getByLabel('Their school email address').inputValue()).toBe('');
    await noSeriousViolations(head, 'accounts-authorise');

    await newcomer.reload();
    await newcomer.getByText('You may post here').waitFor();
  }, 120_000);

  it('kept to the content security policy and threw no errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
