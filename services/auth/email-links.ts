// The secret in an emailed link: made here, sent once, stored only as its hash, and spent once.
import { AppError } from '../domain/errors.ts';
import type { EmailLinkPurpose } from '../generated/prisma/client.ts';
import type { Db } from '../repositories/db.ts';
import {
  createEmailLink,
  findEmailLink,
  markEmailLinkUsed,
  type NewEmailLink,
} from '../repositories/email-links.ts';
import { newSecret, sha256 } from './sessions.ts';

export const linkLifetimeMs: Record<EmailLinkPurpose, number> = {
  INVITATION: 7 * 24 * 3600_000,
  PASSWORD_RESET: 3600_000,
};

const what: Record<EmailLinkPurpose, string> = {
  INVITATION: 'invitation link',
  PASSWORD_RESET: 'password reset link',
};

/** Stores a new link and returns the secret for the email (never stored, never logged). */
export async function issueEmailLink(db: Db, link: Omit<NewEmailLink, 'tokenHash' | 'expiresAt'>) {
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + linkLifetimeMs[link.purpose]);
  const row = await createEmailLink(db, { ...link, tokenHash: sha256(secret), expiresAt });
  return { secret, link: row };
}

/** Spends the link inside the caller's transaction, or says kindly why it cannot be used. */
export async function spendEmailLink(tx: Db, purpose: EmailLinkPurpose, secret: string) {
  const link = await findEmailLink(tx, sha256(secret));
  const now = new Date();
  if (!link || link.purpose !== purpose)
    throw new AppError('bad_request', `This ${what[purpose]} is not valid. Check you copied all of it.`);
  if (link.usedAt)
    throw new AppError('bad_request', `This ${what[purpose]} has already been used. Ask for a new one.`);
  if (link.expiresAt <= now)
    throw new AppError('bad_request', `This ${what[purpose]} has expired. Ask for a new one.`);
  if (!(await markEmailLinkUsed(tx, link.id, now)))
    throw new AppError('bad_request', `This ${what[purpose]} has already been used. Ask for a new one.`);
  return link;
}

export function requireGoodPassword(problems: string[]): void {
  if (problems.length)
    throw new AppError('validation_failed', `Please choose another password. ${problems.join(' ')}`, {
      problems,
    });
}
