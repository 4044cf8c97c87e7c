// The text-check job: runs the school's policy rules on the draft's current text.

import type { PlatformName } from '../../policies/types.ts';
import type { Services } from '../context.ts';
import { changeState } from '../drafts/change-state.ts';
import { findAccounts } from '../repositories/accounts.ts';
import { inTransaction } from '../repositories/db.ts';
import { findDraft, replaceFindings } from '../repositories/drafts.ts';
import { textCheckerFor } from './school-checker.ts';

const platformNames: Record<string, PlatformName> = {
  X: 'x',
  FACEBOOK: 'facebook',
  INSTAGRAM: 'instagram',
  SANDBOX: 'sandbox',
};

export async function runTextCheck(services: Services, draftId: string, contentHash: string): Promise<void> {
  const draft = await findDraft(services.db, draftId);
  // An edit since the job was queued makes it moot: the edited draft is checked on resubmit.
  if (!draft || draft.contentHash !== contentHash) return;
  if (draft.state !== 'SUBMITTED' && draft.state !== 'CHECKING') return;
  const check = await textCheckerFor(services.db, draft.schoolId);
  const accounts = await findAccounts(
    services.db,
    draft.targets.map((t) => t.accountId),
  );
  // Each platform has its own limits; findings are merged, one per rule and span.
  const seen = new Set<string>();
  const findings = accounts.flatMap((account) =>
    check({ text: draft.text, platform: platformNames[account.platform], hasImage: false }).filter((f) => {
      const key = `${f.ruleId}:${f.span?.join('-') ?? ''}:${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
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
