// Moves a draft through the transition table and records it: the plan (pure), and the move in
// the caller's transaction for the paths that are not written in one statement (moveDraft).

import { type DraftAction, transition } from '../domain/draft-state.ts';
import type { DraftState, Prisma } from '../generated/prisma/client.ts';
import { type AuditEntry, appendAudit } from '../repositories/audit.ts';
import { setDraftState } from '../repositories/drafts.ts';

export interface Step {
  action: DraftAction;
  data?: Record<string, unknown>;
}

export interface StateChange extends Step {
  draft: { id: string; schoolId: string; state: DraftState };
  actorId: string | null;
}

/**
 * Several steps taken at once (checks started and decided by one job), each through the table:
 * the state they end in and the audit events that record them.
 */
export function plannedStates(change: {
  draft: StateChange['draft'];
  actorId: string | null;
  steps: Step[];
}): { to: DraftState; audit: AuditEntry[] } {
  const { draft } = change;
  let from = draft.state;
  const audit = change.steps.map(({ action, data }): AuditEntry => {
    const to = transition(from, action);
    const entry = {
      schoolId: draft.schoolId,
      actorId: change.actorId,
      action: `draft.${action}`,
      subjectType: 'draft',
      subjectId: draft.id,
      data: { from, to, ...data },
    };
    from = to;
    return entry;
  });
  return { to: from, audit };
}

/** One step, taken and audited in the caller's transaction; the state moves by compare-and-set. */
export async function changeState(tx: Prisma.TransactionClient, change: StateChange): Promise<DraftState> {
  const { to, audit } = plannedStates({ draft: change.draft, actorId: change.actorId, steps: [change] });
  for (const entry of audit) await appendAudit(tx, entry);
  await setDraftState(tx, change.draft.id, change.draft.state, to);
  return to;
}
