// The text-check job: runs the school's policy rules on the draft's current text, then decides
// in the same transaction: back to the author, or on to the officer.

import { altTextFindings } from '../../policies/media/alt-text.ts';
import { imageRightsFindings } from '../../policies/media/image-rights.ts';
import { withoutAllowed } from '../../policies/terms/apply-terms.ts';
import { namingConsentFindings } from '../consent/naming-consent.ts';
import type { Services } from '../context.ts';
import { changeStates, type Step } from '../drafts/change-state.ts';
import { inTransaction } from '../repositories/db.ts';
import { findCheckedContent, findDraftToCheck, replaceFindings } from '../repositories/drafts.ts';
import { checkForAccounts, platformNames } from './check-for-accounts.ts';
import { reviewDraft } from './review-draft.ts';
import { termsCheckerFor } from './terms-checker.ts';

export async function runTextCheck(services: Services, draftId: string, contentHash: string): Promise<void> {
  const draft = await findDraftToCheck(services.db, draftId);
  // An edit since the job was queued makes it moot: the edited draft is checked on resubmit.
  if (!draft || draft.contentHash !== contentHash) return;
  if (draft.state !== 'SUBMITTED' && draft.state !== 'CHECKING') return;
  const { check, terms } = await termsCheckerFor(
    services.db,
    draft.schoolId,
    draft.scheduledAt ?? new Date(),
  );
  const accounts = draft.targets.map((t) => t.account);
  // The consent record log decides whether a name may appear on these platforms at all.
  const naming = await namingConsentFindings(services.db, {
    schoolId: draft.schoolId,
    text: draft.text,
    platforms: accounts.map((a) => platformNames[a.platform]!),
    at: draft.scheduledAt ?? new Date(),
    withPhoto: draft.media.length > 0,
  });
  const findings = [
    ...checkForAccounts(check, { text: draft.text, hasImage: draft.media.length > 0 }, accounts),
    ...altTextFindings(draft.media),
    ...imageRightsFindings(draft.media),
    // Not where the school's terms say the words are its own (e.g. its place called "Holly Bank").
    ...withoutAllowed(terms.rules, draft.text, naming),
  ].map((f) => ({ ...f, severity: f.severity === 'block' ? ('BLOCK' as const) : ('WARN' as const) }));
  const decided = await inTransaction(services.db, async (tx) => {
    const now = await findCheckedContent(tx, draftId);
    // A reviewer or the scanner changed a photo while the rules ran: the job for the draft's
    // new content decides, and a photo sent back to the scanner holds the decision.
    if (!now || now.contentHash !== contentHash || now.state !== draft.state) return undefined;
    const decision = reviewDraft(findings, now.media);
    const steps: Step[] = [
      ...(draft.state === 'SUBMITTED' ? [{ action: 'startChecks' as const }] : []),
      ...(decision ? [{ ...decision, data: { ...decision.data, contentHash } }] : []),
    ];
    await replaceFindings(tx, draftId, contentHash, findings);
    const state = await changeStates(tx, { draft, actorId: null, steps });
    return decision && state;
  });
  if (decided)
    await services.feed.publish({ type: 'draft', id: draftId, schoolId: draft.schoolId, state: decided });
}
