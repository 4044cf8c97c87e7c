// The text-check job: runs the school's policy rules on the draft's current text, then decides
// (back to the author, or on to the officer) in the one statement that saves the findings.

import { altTextFindings } from '../../policies/media/alt-text.ts';
import { imageRightsFindings } from '../../policies/media/image-rights.ts';
import { withoutAllowed } from '../../policies/terms/apply-terms.ts';
import { namingConsentFindings } from '../consent/naming-consent.ts';
import type { Services } from '../context.ts';
import { plannedStates, type Step } from '../drafts/change-state.ts';
import { findDraftToCheck, findingsReplaced, moveDraft } from '../repositories/drafts.ts';
import { checkForAccounts, platformNames } from './check-for-accounts.ts';
import { photoWithScanner, reviewDraft } from './review-draft.ts';
import { termsCheckerFor } from './terms-checker.ts';

/** Attempts before giving the draft to the sweep: each lost race means somebody changed it. */
const ATTEMPTS = 3;

export async function runTextCheck(services: Services, draftId: string, contentHash: string): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const outcome = await checkOnce(services, draftId, contentHash);
    if (outcome !== 'overtaken') return;
  }
  services.log.warn(
    { draftId, attempts: ATTEMPTS },
    'text check overtaken each time; the sweep runs it again',
  );
}

/**
 * Reads the draft, runs the rules and writes the outcome in one statement that holds only if
 * nothing changed since the read; 'overtaken' when something did (the scanner finished a photo,
 * a reviewer looked at one), so the next attempt decides on the draft as it is now.
 */
async function checkOnce(services: Services, draftId: string, contentHash: string) {
  const draft = await findDraftToCheck(services.db, draftId);
  // An edit since the job was queued makes it moot: the edited draft is checked on resubmit.
  if (!draft || draft.contentHash !== contentHash) return 'moot';
  if (draft.state !== 'SUBMITTED' && draft.state !== 'CHECKING') return 'moot';
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
  // A photo still with the scanner holds the decision: its scan runs the checks again.
  const decision = reviewDraft(findings, draft.media);
  const steps: Step[] = [
    ...(draft.state === 'SUBMITTED' ? [{ action: 'startChecks' as const }] : []),
    ...(decision ? [{ ...decision, data: { ...decision.data, contentHash } }] : []),
  ];
  const { to, audit } = plannedStates({ draft, actorId: null, steps });
  const moved = await moveDraft(
    services.db,
    {
      draftId,
      from: draft.state,
      read: draft,
      photosPending: photoWithScanner(draft.media),
      to,
      audit,
    },
    findingsReplaced(contentHash, findings),
  );
  if (!moved) return 'overtaken';
  if (decision)
    await services.feed.publish({ type: 'draft', id: draftId, schoolId: draft.schoolId, state: to });
  return 'checked';
}
