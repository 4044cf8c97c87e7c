// The editor's live check: the school's rules run on text being typed, for the accounts chosen.
// Pure with respect to drafts — nothing is saved, so it can run on every pause in typing.
import type { Finding } from '../../policies/types.ts';
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { findAccounts } from '../repositories/accounts.ts';
import { checkForAccounts } from './check-for-accounts.ts';
import { termsCheckerFor } from './terms-checker.ts';

export interface TextPreview {
  text: string;
  accountIds: string[];
  hasImage?: boolean;
}

export async function previewTextFindings(
  services: Services,
  actor: Actor,
  input: TextPreview,
): Promise<Finding[]> {
  const accounts = await findAccounts(services.db, input.accountIds);
  const mine = new Set(actor.memberships.map((m) => m.schoolId));
  // Another school's account answers "not found", as drafts do, so ids reveal nothing.
  if (accounts.length !== new Set(input.accountIds).size || accounts.some((a) => !mine.has(a.schoolId))) {
    throw notFound('One of those accounts');
  }
  const schools = new Set(accounts.map((a) => a.schoolId));
  if (schools.size > 1) {
    throw new AppError('bad_request', 'Check one school’s accounts at a time.');
  }
  const schoolId = accounts[0]!.schoolId;
  requirePermission(actor, 'draft', schoolId);
  const { check } = await termsCheckerFor(services.db, schoolId);
  return checkForAccounts(check, { text: input.text, hasImage: input.hasImage ?? false }, accounts);
}
