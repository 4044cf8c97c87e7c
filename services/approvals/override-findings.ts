// The headteacher lets defined blocking findings stand for this exact version, with a reason
// on record (DESIGN.md "Checks"); the draft then goes to the officer for approval as usual.
import { isOverridable } from '../../policies/overrides.ts';
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { AppError, forbidden } from '../domain/errors.ts';
import { changeState } from '../drafts/change-state.ts';
import { loadDraftFor } from '../drafts/draft-access.ts';
import { draftView } from '../drafts/draft-view.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft } from '../repositories/drafts.ts';
import { createOverride } from '../repositories/overrides.ts';

export async function overrideFindings(
  services: Services,
  actor: Actor,
  id: string,
  input: { ruleIds: string[]; reason: string },
) {
  const draft = await inTransaction(services.db, async (tx) => {
    const draft = await loadDraftFor(tx, actor, id);
    requirePermission(actor, 'overrideBlocks', draft.schoolId);
    if (draft.editorIds.includes(actor.userId)) {
      throw forbidden('Nobody may override findings on a post they wrote or edited.');
    }
    if (draft.state !== 'CHANGES_REQUIRED') {
      throw new AppError('invalid_state', 'Only a draft held by blocking findings can have them overridden.');
    }
    const blocks = draft.findings.filter(
      (f) => f.contentHash === draft.contentHash && f.severity === 'BLOCK',
    );
    const blocking = new Set(blocks.map((f) => f.ruleId));
    const named = new Set(input.ruleIds);
    const strangers = [...named].filter((r) => !blocking.has(r));
    if (strangers.length) {
      throw new AppError(
        'validation_failed',
        `These rules do not block this draft: ${strangers.join(', ')}.`,
      );
    }
    const fixed = [...new Set(blocks.filter((f) => !isOverridable(f.category)).map((f) => f.ruleId))];
    if (fixed.length) {
      throw new AppError(
        'validation_failed',
        `These findings cannot be overridden and must be fixed by the author: ${fixed.join(', ')}.`,
      );
    }
    const left = [...blocking].filter((r) => !named.has(r));
    if (left.length) {
      throw new AppError(
        'validation_failed',
        `Override every blocking rule, or return it to the author: ${left.join(', ')}.`,
      );
    }
    await createOverride(tx, { draftId: id, contentHash: draft.contentHash, ...input, byId: actor.userId });
    await changeState(tx, {
      draft,
      action: 'override',
      actorId: actor.userId,
      data: { ...input, contentHash: draft.contentHash },
    });
    return (await findDraft(tx, id))!;
  });
  await services.feed.publish({ type: 'draft', id, schoolId: draft.schoolId, state: draft.state });
  return draftView(draft);
}
