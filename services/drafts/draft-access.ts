// Loading a draft on someone's behalf: they see it only if it is theirs or their role lets them.
import { type Actor, can, rolesAt } from '../domain/actor.ts';
import { notFound } from '../domain/errors.ts';
import type { Db } from '../repositories/db.ts';
import { type DraftDetail, findDraft } from '../repositories/drafts.ts';

export function mayView(actor: Actor, draft: { schoolId: string; authorId: string }): boolean {
  if (rolesAt(actor, draft.schoolId).size === 0) return false;
  return draft.authorId === actor.userId || can(actor, 'seeAllDrafts', draft.schoolId);
}

/** Another school's draft answers "not found", so ids reveal nothing across schools. */
export async function loadDraftFor(db: Db, actor: Actor, id: string): Promise<DraftDetail> {
  const draft = await findDraft(db, id);
  if (!draft || !mayView(actor, draft)) throw notFound('That draft');
  return draft;
}
