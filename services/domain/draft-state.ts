// The one transition table for a draft's life (DESIGN.md "A post's life"). Every state change
// goes through `transition`, and the caller writes the audit event in the same transaction.
import { type DraftState, DraftState as DraftStates } from '../generated/prisma/enums.ts';
import { AppError } from './errors.ts';

const afterPublication: DraftState[] = [
  'PUBLISHING',
  'PUBLISHED',
  'TAKEDOWN_REQUESTED',
  'TAKEN_DOWN',
  'WITHDRAWN',
];
const prePublication = (Object.values(DraftStates) as DraftState[]).filter(
  (s) => !afterPublication.includes(s),
);

export const transitions = {
  submit: { from: ['DRAFT', 'CHANGES_REQUIRED', 'RETURNED'], to: 'SUBMITTED' },
  startChecks: { from: ['SUBMITTED', 'CHECKING'], to: 'CHECKING' },
  requireChanges: { from: ['CHECKING'], to: 'CHANGES_REQUIRED' },
  awaitApproval: { from: ['CHECKING'], to: 'AWAITING_APPROVAL' },
  // The headteacher overrides defined blocking findings with a recorded reason.
  override: { from: ['CHANGES_REQUIRED'], to: 'AWAITING_APPROVAL' },
  // An edit voids any approval and sends the draft back to the author's hands.
  edit: {
    from: ['DRAFT', 'CHANGES_REQUIRED', 'RETURNED', 'AWAITING_APPROVAL', 'APPROVED', 'SCHEDULED', 'FAILED'],
    to: 'DRAFT',
  },
  // The draft goes through checks again by itself: a reviewer changed what a photo blurs, or
  // consent was withdrawn or expired for someone it shows or names (its approval no longer
  // holds, and the checks now refuse the name) before it can publish.
  recheck: {
    from: ['AWAITING_APPROVAL', 'CHANGES_REQUIRED', 'APPROVED', 'SCHEDULED', 'FAILED'],
    to: 'SUBMITTED',
  },
  approve: { from: ['AWAITING_APPROVAL'], to: 'APPROVED' },
  schedule: { from: ['APPROVED'], to: 'SCHEDULED' },
  reject: { from: ['AWAITING_APPROVAL'], to: 'REJECTED' },
  return: { from: ['AWAITING_APPROVAL'], to: 'RETURNED' },
  startPublishing: { from: ['APPROVED', 'SCHEDULED', 'PUBLISHING'], to: 'PUBLISHING' },
  published: { from: ['PUBLISHING'], to: 'PUBLISHED' },
  fail: { from: ['APPROVED', 'SCHEDULED', 'PUBLISHING'], to: 'FAILED' },
  retry: { from: ['FAILED'], to: 'APPROVED' },
  requestTakedown: { from: ['PUBLISHED'], to: 'TAKEDOWN_REQUESTED' },
  takenDown: { from: ['TAKEDOWN_REQUESTED'], to: 'TAKEN_DOWN' },
  withdraw: { from: prePublication, to: 'WITHDRAWN' },
} as const satisfies Record<string, { from: readonly DraftState[]; to: DraftState }>;

export type DraftAction = keyof typeof transitions;

export const canTransition = (state: DraftState, action: DraftAction) =>
  (transitions[action].from as readonly DraftState[]).includes(state);

/** The state after `action`, or an `invalid_state` error naming what is possible instead. */
export function transition(state: DraftState, action: DraftAction): DraftState {
  if (!canTransition(state, action)) {
    throw new AppError(
      'invalid_state',
      `A draft that is ${humanState(state)} cannot be ${actionPastTense[action]}.`,
      { state, action },
    );
  }
  return transitions[action].to;
}

/** States in which text and media may still change (editing voids approval). */
export const editableStates = transitions.edit.from as readonly DraftState[];

export const humanState = (state: DraftState) => state.toLowerCase().replaceAll('_', ' ');

const actionPastTense: Record<DraftAction, string> = {
  submit: 'submitted',
  startChecks: 'checked',
  requireChanges: 'sent back for changes',
  awaitApproval: 'queued for approval',
  override: 'overridden',
  edit: 'edited',
  approve: 'approved',
  schedule: 'scheduled',
  reject: 'rejected',
  return: 'returned',
  startPublishing: 'published',
  published: 'marked published',
  fail: 'marked failed',
  retry: 'retried',
  requestTakedown: 'taken down',
  takenDown: 'marked taken down',
  withdraw: 'withdrawn',
  recheck: 'sent back to checks',
};
