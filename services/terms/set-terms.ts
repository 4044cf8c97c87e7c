// The marketing officer writes the school's terms of use (§2). Each save is a new version,
// audited, and applied at once to drafts already waiting (terms-recheck.ts).
import { numberedRules, type TermsRules } from '../../policies/terms/terms.ts';
import type { Services } from '../context.ts';
import { type Actor, requirePermission, schoolsOf } from '../domain/actor.ts';
import { notFound } from '../domain/errors.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { addTermsVersion, currentTerms, type TermsVersion, termsHistory } from '../repositories/terms.ts';
import { recheckForTerms } from './terms-recheck.ts';

/** Other schools answer "not found", so ids reveal nothing. */
function requireSchool(actor: Actor, schoolId: string) {
  if (!schoolsOf(actor).includes(schoolId)) throw notFound('That school');
}

const termsView = (terms: TermsVersion) => ({
  version: terms.version,
  ...terms.rules,
  // The numbers findings cite, so the officer can find "rule 4".
  numbered: numberedRules(terms.rules).map((r) => ({ number: r.number, kind: r.kind, ...r.rule })),
  createdById: terms.createdById,
  createdAt: terms.createdAt?.toISOString() ?? null,
});

/** Everyone who drafts for the school sees the terms they write to. */
export async function viewTerms(services: Services, actor: Actor, schoolId: string) {
  requireSchool(actor, schoolId);
  requirePermission(actor, 'draft', schoolId);
  return termsView(await currentTerms(services.db, schoolId));
}

export async function listTermsVersions(services: Services, actor: Actor, schoolId: string) {
  requireSchool(actor, schoolId);
  requirePermission(actor, 'draft', schoolId);
  return (await termsHistory(services.db, schoolId)).map(termsView);
}

export async function setTerms(services: Services, actor: Actor, schoolId: string, rules: TermsRules) {
  requireSchool(actor, schoolId);
  requirePermission(actor, 'manageTerms', schoolId);
  const { saved, held } = await inTransaction(services.db, async (tx) => {
    const saved = await addTermsVersion(tx, schoolId, rules, actor.userId);
    await appendAudit(tx, {
      schoolId,
      actorId: actor.userId,
      action: 'terms_of_use.changed',
      subjectType: 'school',
      subjectId: schoolId,
      data: { version: saved.version, rules: { ...rules } },
    });
    const held = await recheckForTerms(tx, { schoolId, terms: saved, actorId: actor.userId });
    return { saved, held };
  });
  // After the commit, so the worker sees the drafts' new state.
  for (const draft of held) {
    await services.queue.enqueue('text-check', { draftId: draft.id, contentHash: draft.contentHash });
    await services.feed.publish({ type: 'draft', id: draft.id, schoolId, state: 'SUBMITTED' });
  }
  return { ...termsView(saved), recheckedDraftIds: held.map((d) => d.id) };
}
