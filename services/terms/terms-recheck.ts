// A change to the terms of use applies to what is already waiting: drafts awaiting approval (or
// sent back for changes) go through checks again under the new version, and approved or
// scheduled ones the new version would block lose their approval and go back too.
import { termsFindings } from '../../policies/terms/apply-terms.ts';
import type { TermsOfUse } from '../../policies/terms/terms.ts';
import { changeState } from '../drafts/change-state.ts';
import type { DraftState, Prisma } from '../generated/prisma/client.ts';
import { draftsWithPlatforms, voidApprovals } from '../repositories/drafts.ts';

const WAITING: DraftState[] = ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'];
const APPROVED: DraftState[] = ['APPROVED', 'SCHEDULED', 'FAILED'];

export interface HeldDraft {
  id: string;
  contentHash: string;
}

export async function recheckForTerms(
  tx: Prisma.TransactionClient,
  change: { schoolId: string; terms: TermsOfUse; actorId: string },
): Promise<HeldDraft[]> {
  const drafts = await draftsWithPlatforms(tx, change.schoolId, [...WAITING, ...APPROVED]);
  const due = drafts.filter(
    (d) =>
      WAITING.includes(d.state) || termsFindings(change.terms, d.text).some((f) => f.severity === 'block'),
  );
  for (const draft of due) {
    const voided = await voidApprovals(tx, draft.id);
    await changeState(tx, {
      draft,
      action: 'recheck',
      actorId: change.actorId,
      data: { reason: `terms of use v${change.terms.version}`, approvalsVoided: voided },
    });
  }
  return due.map((d) => ({ id: d.id, contentHash: d.contentHash }));
}
