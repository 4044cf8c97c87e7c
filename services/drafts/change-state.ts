// Moves a draft through the transition table and records it, in the caller's transaction.

import { type DraftAction, transition } from '../domain/draft-state.ts';
import type { DraftState, Prisma } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
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
 * Several steps taken at once (checks started and decided by one job): each goes through the
 * table and is audited, and the draft's state moves with one compare-and-set.
 */
export async function changeStates(
  tx: Prisma.TransactionClient,
  change: { draft: StateChange['draft']; actorId: string | null; steps: Step[] },
): Promise<DraftState> {
  const { draft, steps } = change;
  let from = draft.state;
  for (const { action, data } of steps) {
    const to = transition(from, action);
    await appendAudit(tx, {
      schoolId: draft.schoolId,
      actorId: change.actorId,
      action: `draft.${action}`,
      subjectType: 'draft',
      subjectId: draft.id,
      data: { from, to, ...data },
    });
    from = to;
  }
  await setDraftState(tx, draft.id, draft.state, from);
  return from;
}

export const changeState = (tx: Prisma.TransactionClient, change: StateChange): Promise<DraftState> =>
  changeStates(tx, { draft: change.draft, actorId: change.actorId, steps: [change] });
