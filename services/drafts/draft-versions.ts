// A draft's submitted versions and what changed since the one the officer last saw, for whoever
// may see the draft: the officer reviewing a resubmission reads only the changes, not the whole
// post again.
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { changesBetween, comparedVersion, versionContent } from '../domain/draft-changes.ts';
import { listAudit } from '../repositories/audit.ts';
import { listDraftVersions } from '../repositories/draft-versions.ts';
import { loadDraftFor } from './draft-access.ts';

/** The audited steps that put a draft in front of the officer. */
const toOfficer = new Set(['draft.awaitApproval', 'draft.override']);

export async function draftVersions(services: Services, actor: Actor, id: string) {
  const draft = await loadDraftFor(services.db, actor, id);
  const versions = await listDraftVersions(services.db, draft.id);
  const now = versionContent(draft);
  const latest = versions.at(-1);
  // The draft as it is now is the latest version unless it was edited after that submission
  // (then it is compared, unsubmitted, with what the officer saw).
  const current = latest && changesBetween(latest.content, now).unchanged ? latest : undefined;
  const steps = await listAudit(services.db, {
    subjectType: 'draft',
    subjectId: draft.id,
    actions: [...toOfficer],
    limit: 1000,
  });
  const reachedOfficer = new Set(steps.map((e) => (e.data as { contentHash?: string }).contentHash ?? ''));
  const since = comparedVersion(versions, current?.number ?? null, reachedOfficer);
  return {
    versions: versions.map((v) => ({
      number: v.number,
      contentHash: v.contentHash,
      submittedById: v.submittedById,
      submittedAt: v.submittedAt.toISOString(),
    })),
    changesSinceLastVersion: since
      ? { since: since.number, current: current?.number ?? null, ...changesBetween(since.content, now) }
      : null,
  };
}
