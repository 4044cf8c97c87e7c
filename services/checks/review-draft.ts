// The review job: once every check has run on the current content, blocking findings send the
// draft back to its author and anything else puts it in the officer's approval queue.
import type { Services } from '../context.ts';
import { changeState } from '../drafts/change-state.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft } from '../repositories/drafts.ts';

export async function reviewDraft(services: Services, draftId: string, contentHash: string): Promise<void> {
  const state = await inTransaction(services.db, async (tx) => {
    const draft = await findDraft(tx, draftId);
    if (!draft || draft.contentHash !== contentHash || draft.state !== 'CHECKING') return undefined;
    // A photo still being anonymised: its scan re-runs the checks when it finishes.
    if (draft.media.some((m) => m.state === 'PENDING')) return undefined;
    const current = draft.findings.filter((f) => f.contentHash === contentHash);
    const blocks = current.filter((f) => f.severity === 'BLOCK');
    return changeState(tx, {
      draft,
      action: blocks.length ? 'requireChanges' : 'awaitApproval',
      actorId: null,
      data: { blocking: blocks.map((f) => f.ruleId), warnings: current.length - blocks.length },
    }).then((to) => ({ to, schoolId: draft.schoolId }));
  });
  if (state)
    await services.feed.publish({ type: 'draft', id: draftId, schoolId: state.schoolId, state: state.to });
}
