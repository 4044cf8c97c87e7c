// §3 in a real browser: a colleague joins as staff and may not post anywhere yet; the
// headteacher authorises them from the Accounts screen by their school email and the date they
// were trained, is told plainly when the email is not someone at the school, and the colleague
// then sees they may post. Authorising someone again after a revoke asks for their training date
// too, and records the date given rather than today. The screen passes axe and keeps to the CSP.
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

  it('authorising again asks when they were trained and records that date, lapsed or not', async () => {
    const head = await signIn('head');
    await openScreen(head, 'Accounts');
    await head.getByRole('button', { name: 'Revoke Priya Natarajan' }).click();
    await head.getByRole('button', { name: 'Authorise again Priya Natarajan' }).click();
    const form = head.getByRole('form', { name: 'Authorise Priya Natarajan again' });
    const date = form.getByLabel(/^Trained on/);
    expect(await date.inputValue()).toBe('');
    await form.getByRole('button', { name: 'Authorise again', exact: true }).click();
    await form.getByRole('alert').filter({ hasText: 'Give the date they were trained' }).waitFor();
    await noSeriousViolations(head, 'accounts-authorise-again');

    await date.fill('2024-10-01');
    await form.getByRole('button', { name: 'Authorise again', exact: true }).click();
    await head
      .getByRole('status')
      .filter({ hasText: 'Priya Natarajan may post again, trained on 1 October 2024.' })
      .waitFor();
    const row = head.getByRole('listitem').filter({ hasText: 'Priya Natarajan' });
    await row.getByRole('button', { name: 'Revoke Priya Natarajan' }).waitFor();
    await row.getByText('trained 1 October 2024, lapsed').waitFor();

    const asHead = await gp.login('head');
    const { body } = await asHead('GET', `/api/accounts/${gp.seeded.accountId}/authorisations`);
    const priya = body.find((a: { email: string }) => a.email === 'newcomer@demo.gatepost.test');
    expect(priya).toMatchObject({ revokedAt: null, trainedAt: '2024-10-01T00:00:00.000Z' });
    expect(Date.parse(priya.trainingLapsesAt)).toBeLessThan(Date.now());
  }, 120_000);

  it('kept to the content security policy and threw no errors on any page', () => {
    expect(problems).toEqual([]);
  });
});
