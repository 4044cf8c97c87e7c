// Moves a draft through the transition table and records it, in the caller's transaction.

import { type DraftAction, transition } from '../domain/draft-state.ts';
import type { DraftState, Prisma } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
import { setDraftState } from '../repositories/drafts.ts';

export interface StateChange {
  draft: { id: string; schoolId: string; state: DraftState };
  action: DraftAction;
  actorId: string | null;
  data?: Record<string, unknown>;
}

export async function changeState(tx: Prisma.TransactionClient, change: StateChange): Promise<DraftState> {
  const { draft, action } = change;
  const to = transition(draft.state, action);
  await setDraftState(tx, draft.id, draft.state, to);
  await appendAudit(tx, {
    schoolId: draft.schoolId,
    actorId: change.actorId,
    action: `draft.${action}`,
    subjectType: 'draft',
    subjectId: draft.id,
    data: { from: draft.state, to, ...change.data },
  });
  return to;
}
