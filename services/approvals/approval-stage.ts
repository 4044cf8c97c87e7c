// Who signs a draft off, and in which order: the marketing officer always (§3); then, when the
// school asks for it, a second person holding the school's second-approver role (e.g. the
// headteacher). Pure: the caller brings the approvals already given for the current content.
import { type Actor, can, roleInWords, rolesAt } from '../domain/actor.ts';
import { AppError, forbidden } from '../domain/errors.ts';
import type { Role } from '../generated/prisma/enums.ts';

export interface GivenApproval {
  approverId: string;
  role: Role;
  contentHash: string;
}

export interface ApprovalStage {
  /** The role this approval is given in. */
  role: Role;
  /** Whether it completes the sign-off, so the draft becomes APPROVED. */
  final: boolean;
}

export function approvalStage(
  actor: Actor,
  draft: { schoolId: string; contentHash: string },
  secondApprover: Role | null,
  given: GivenApproval[],
): ApprovalStage {
  const officer = given.find((a) => a.contentHash === draft.contentHash && a.role === 'MARKETING_OFFICER');
  if (!officer) {
    if (can(actor, 'review', draft.schoolId)) return { role: 'MARKETING_OFFICER', final: !secondApprover };
    if (secondApprover && rolesAt(actor, draft.schoolId).has(secondApprover)) {
      throw new AppError('invalid_state', 'The marketing officer approves first; then it comes to you.');
    }
    throw forbidden('Only the marketing officer may approve posts (§3).');
  }
  if (
    secondApprover &&
    rolesAt(actor, draft.schoolId).has(secondApprover) &&
    actor.userId !== officer.approverId
  ) {
    return { role: secondApprover, final: true };
  }
  throw forbidden(
    secondApprover
      ? `The officer has approved; this school also needs ${roleInWords(secondApprover)}’s approval, from someone else.`
      : 'This draft is already approved.',
  );
}
