// Forgotten passwords: a reset link by email, answered the same whether or not the address is
// known (so the form reveals nobody), and a completion that ends every session of the person.
import type { Services } from '../context.ts';
import { inTransaction } from '../repositories/db.ts';
import { openEmailLinks } from '../repositories/email-links.ts';
import { forgetLoginFailures } from '../repositories/login-failures.ts';
import { deleteSessionsOf, findUser, findUserByEmail, setPasswordHash } from '../repositories/people.ts';
import { issueEmailLink, requireGoodPassword, spendEmailLink } from './email-links.ts';
import { passwordProblems } from './password-rules.ts';
import { hashPassword } from './passwords.ts';
import { auditPerson } from './sessions.ts';

// Enough for a lost email or two; more would let anyone fill a colleague's inbox.
const MAX_OPEN_RESETS = 3;

export const RESET_ANSWER = {
  message:
    'If that address belongs to a Gatepost account, we have emailed it a link to choose a new password.',
};

export async function requestPasswordReset(services: Services, rawEmail: string, ip: string) {
  const email = rawEmail.trim().toLowerCase();
  const user = await findUserByEmail(services.db, email);
  if (!user || (await openEmailLinks(services.db, email, 'PASSWORD_RESET', new Date())) >= MAX_OPEN_RESETS)
    return RESET_ANSWER;
  const { secret, link } = await inTransaction(services.db, async (tx) => {
    const issued = await issueEmailLink(tx, { purpose: 'PASSWORD_RESET', email, userId: user.id });
    await auditPerson(tx, user.id, null, 'password.reset-requested', { ip, linkId: issued.link.id });
    return issued;
  });
  await services.mailer.send({
    id: `password-reset-${link.id}`,
    to: email,
    subject: 'Choose a new Gatepost password',
    text: [
      'Someone (we hope you) asked to reset your Gatepost password.',
      '',
      'Open this link within an hour to choose a new one. It works once:',
      `${services.publicUrl}/reset-password#token=${secret}`,
      '',
      'If you did not ask, ignore this email: your password stays as it is.',
    ].join('\n'),
  });
  return RESET_ANSWER;
}

export async function completePasswordReset(services: Services, token: string, password: string) {
  return inTransaction(services.db, async (tx) => {
    const link = await spendEmailLink(tx, 'PASSWORD_RESET', token);
    const user = await findUser(tx, link.userId!);
    if (!user) throw new Error(`reset link ${link.id} names no user`);
    requireGoodPassword(passwordProblems(password, { email: user.email, name: user.name }));
    await setPasswordHash(tx, user.id, await hashPassword(password));
    // Whoever knew the old password is signed out too.
    const ended = await deleteSessionsOf(tx, user.id);
    await forgetLoginFailures(tx, user.email, new Date(0));
    await auditPerson(tx, user.id, user.id, 'password.reset', { linkId: link.id, sessionsEnded: ended });
    return {
      message:
        'Your password has been changed and you have been signed out everywhere. Sign in with your new password.',
    };
  });
}
