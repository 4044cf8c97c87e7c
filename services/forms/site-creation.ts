// Appendix C's consequence: the headteacher's final approval creates the school account, PENDING
// until the ICT technician connects it; nothing connects an account whose form is not complete.
import type { Actor } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import { administratorsNamed } from '../domain/policy-forms.ts';
import type { Account, Platform, PolicyForm, Prisma } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
import type { Db } from '../repositories/db.ts';
import { siteFormOfAccount } from '../repositories/policy-forms.ts';
import { accountByHandle, createPendingAccount } from '../repositories/site-accounts.ts';

export async function createSiteAccount(tx: Prisma.TransactionClient, form: PolicyForm, actor: Actor) {
  const fields = form.fields as { platform: Platform; handle: string };
  if (administratorsNamed(form.fields) < 2)
    throw new AppError(
      'invalid_state',
      'The form names fewer than two administrators; the policy requires two.',
    );
  const taken = await accountByHandle(tx, fields.platform, fields.handle);
  if (taken)
    throw new AppError(
      'conflict',
      `There is already a ${fields.platform.toLowerCase()} account ${fields.handle} in Gatepost.`,
    );
  const account = await createPendingAccount(tx, {
    schoolId: form.schoolId,
    platform: fields.platform,
    handle: fields.handle,
  });
  await appendAudit(tx, {
    schoolId: form.schoolId,
    actorId: actor.userId,
    action: 'account.created',
    subjectType: 'account',
    subjectId: account.id,
    data: { formId: form.id, platform: fields.platform, handle: fields.handle },
  });
  return account.id;
}

/** Refuses credentials for an account still waiting on its Appendix C approval. */
export async function requireSiteApproved(db: Db, account: Account): Promise<void> {
  const form = await siteFormOfAccount(db, account.id);
  if (form ? form.state !== 'APPROVED' : account.status === 'PENDING')
    throw new AppError(
      'invalid_state',
      `${account.handle} has no completed site creation approval (Appendix C); it cannot be connected yet.`,
    );
}
