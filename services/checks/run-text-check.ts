// The text-check job: runs the school's policy rules on the draft's current text.

import { altTextFindings } from '../../policies/media/alt-text.ts';
import { imageRightsFindings } from '../../policies/media/image-rights.ts';
import { withoutAllowed } from '../../policies/terms/apply-terms.ts';
import { namingConsentFindings } from '../consent/naming-consent.ts';
import type { Services } from '../context.ts';
import { changeState } from '../drafts/change-state.ts';
import { findAccounts } from '../repositories/accounts.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft, replaceFindings } from '../repositories/drafts.ts';
import { checkForAccounts, platformNames } from './check-for-accounts.ts';
import { termsCheckerFor } from './terms-checker.ts';

export async function runTextCheck(services: Services, draftId: string, contentHash: string): Promise<void> {
  const draft = await findDraft(services.db, draftId);
  // An edit since the job was queued makes it moot: the edited draft is checked on resubmit.
  if (!draft || draft.contentHash !== contentHash) return;
  if (draft.state !== 'SUBMITTED' && draft.state !== 'CHECKING') return;
  const { check, terms } = await termsCheckerFor(
    services.db,
    draft.schoolId,
    draft.scheduledAt ?? new Date(),
  );
  const accounts = await findAccounts(
    services.db,
    draft.targets.map((t) => t.accountId),
  );
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
  ];
  await inTransaction(services.db, async (tx) => {
    if (draft.state === 'SUBMITTED') await changeState(tx, { draft, action: 'startChecks', actorId: null });
    await replaceFindings(
      tx,
      draftId,
      contentHash,
      findings.map((f) => ({ ...f, severity: f.severity === 'block' ? 'BLOCK' : 'WARN' })),
    );
  });
  await services.queue.enqueue('review', { draftId, contentHash });
}
