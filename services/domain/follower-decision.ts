// The marketing officer's decisions on a follower (§2), as one table: what each decision makes
// of the follower, and which changes of mind make sense once one was made.
import type { FollowerStatus } from '../generated/prisma/enums.ts';

export type FollowerDecision = 'approve' | 'remove' | 'block';

export const decisionResult: Record<FollowerDecision, FollowerStatus> = {
  approve: 'APPROVED',
  remove: 'REMOVED',
  block: 'BLOCKED',
};

/** Why the decision cannot follow the current status, or null when it can. */
export function decisionRefusal(current: FollowerStatus, decision: FollowerDecision): string | null {
  if (current === 'BLOCKED') return 'They are already blocked.';
  if (current === 'REMOVED' && decision !== 'block')
    return decision === 'remove'
      ? 'They were already removed.'
      : 'They were removed and no longer follow the account; they will be vetted again if they follow again.';
  if (current === 'APPROVED' && decision === 'approve') return 'They are already approved.';
  return null;
}
