// Draft states in the words teachers use, and how the queue board groups them.
import type { draftStates } from '../../../api/schemas.ts';
import { canTransition, type DraftAction } from '../../../domain/draft-state.ts';

export type DraftState = (typeof draftStates)[number];

export const stateLabel: Record<DraftState, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  CHECKING: 'Being checked',
  CHANGES_REQUIRED: 'Changes required',
  AWAITING_APPROVAL: 'Awaiting approval',
  APPROVED: 'Approved',
  SCHEDULED: 'Scheduled',
  PUBLISHING: 'Publishing',
  PUBLISHED: 'Published',
  FAILED: 'Failed',
  REJECTED: 'Rejected',
  RETURNED: 'Returned with a comment',
  TAKEDOWN_REQUESTED: 'Takedown requested',
  TAKEN_DOWN: 'Taken down',
  WITHDRAWN: 'Withdrawn',
};

export type StateTone = 'neutral' | 'busy' | 'attention' | 'good' | 'bad';

export const stateTone: Record<DraftState, StateTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'busy',
  CHECKING: 'busy',
  CHANGES_REQUIRED: 'attention',
  AWAITING_APPROVAL: 'attention',
  APPROVED: 'good',
  SCHEDULED: 'good',
  PUBLISHING: 'busy',
  PUBLISHED: 'good',
  FAILED: 'bad',
  REJECTED: 'bad',
  RETURNED: 'attention',
  TAKEDOWN_REQUESTED: 'bad',
  TAKEN_DOWN: 'neutral',
  WITHDRAWN: 'neutral',
};

export interface BoardColumn {
  key: string;
  title: string;
  states: DraftState[];
}

export const boardColumns: BoardColumn[] = [
  { key: 'draft', title: 'Draft', states: ['DRAFT'] },
  { key: 'checking', title: 'Checking', states: ['SUBMITTED', 'CHECKING'] },
  { key: 'changes', title: 'Changes required', states: ['CHANGES_REQUIRED', 'RETURNED'] },
  { key: 'awaiting', title: 'Awaiting approval', states: ['AWAITING_APPROVAL'] },
  { key: 'scheduled', title: 'Scheduled', states: ['APPROVED', 'SCHEDULED', 'PUBLISHING'] },
  { key: 'published', title: 'Published', states: ['PUBLISHED'] },
  { key: 'failed', title: 'Failed', states: ['FAILED'] },
  { key: 'closed', title: 'Closed', states: ['REJECTED', 'WITHDRAWN', 'TAKEDOWN_REQUESTED', 'TAKEN_DOWN'] },
];

/** What the author may do next comes from the API's own transition table. */
const allows = (action: DraftAction, state: DraftState) => canTransition(state, action);
export const mayEdit = (state: DraftState) => allows('edit', state);
export const maySubmit = (state: DraftState) => allows('submit', state);
export const mayWithdraw = (state: DraftState) => allows('withdraw', state);
