// Single-use links sent by email (invitations, password resets). Only the SHA-256 of the link's
// secret is stored, so a copy of the database opens nothing.
import type { EmailLinkPurpose, Role } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export interface NewEmailLink {
  purpose: EmailLinkPurpose;
  tokenHash: string;
  email: string;
  expiresAt: Date;
  userId?: string;
  schoolId?: string;
  role?: Role;
  createdById?: string;
}

export const createEmailLink = (db: Db, link: NewEmailLink) =>
  db.emailLink.create({ data: { ...link, email: link.email.trim().toLowerCase() } });

export const findEmailLink = (db: Db, tokenHash: string) => db.emailLink.findUnique({ where: { tokenHash } });

/** Marks the link used; false if it was already used (two tabs, a replayed link). */
export async function markEmailLinkUsed(db: Db, id: string, now: Date): Promise<boolean> {
  const { count } = await db.emailLink.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

/** Unused links of this purpose still open for the email, to cap how many one can request. */
export const openEmailLinks = (db: Db, email: string, purpose: EmailLinkPurpose, now: Date) =>
  db.emailLink.count({ where: { email, purpose, usedAt: null, expiresAt: { gt: now } } });
