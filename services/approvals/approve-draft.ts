// The marketing officer's sign-off (§3), bound to exactly the content they saw.
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { AppError, forbidden } from '../domain/errors.ts';
import { changeState } from '../drafts/change-state.ts';
import { loadDraftFor } from '../drafts/draft-access.ts';
import { draftView } from '../drafts/draft-view.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { createApproval, type DraftDetail, findDraft } from '../repositories/drafts.ts';
import { overriddenRules } from '../repositories/overrides.ts';
import { ensurePublications } from '../repositories/publications.ts';
import { findSchool } from '../repositories/schools.ts';
import { approvalStage } from './approval-stage.ts';

export interface ApprovalInput {
  contentHash: string;
  acknowledged: string[];
}

/** Why this person may not approve this draft now, or nothing if they may. */
function refuse(
  actor: Actor,
  draft: DraftDetail,
  input: ApprovalInput,
  overridden: Set<string>,
): AppError | undefined {
  if (draft.editorIds.includes(actor.userId)) {
    return forbidden('Nobody may approve a post they wrote or edited; another officer must approve it.');
  }
  if (draft.state !== 'AWAITING_APPROVAL') {
    return new AppError(
      'invalid_state',
      `Only drafts awaiting approval can be approved; this one is ${draft.state}.`,
    );
  }
  if (input.contentHash !== draft.contentHash) {
    return new AppError(
      'stale_content',
      'The draft changed after you opened it; review the current version.',
    );
  }
  // Fail closed: a photo the scanner was unsure about waits for a person to look (§7).
  const unreviewed = draft.media.findIndex((m) => m.state !== 'READY');
  if (unreviewed >= 0) {
    return new AppError(
      'invalid_state',
      draft.media[unreviewed]!.state === 'PENDING'
        ? `Photo ${unreviewed + 1} is still being made safe (faces found and blurred); try again in a moment.`
        : `Photo ${unreviewed + 1} must be looked at first: confirm its blurring or add regions to blur.`,
    );
  }
  const current = draft.findings.filter((f) => f.contentHash === draft.contentHash);
  if (current.some((f) => f.severity === 'BLOCK' && !overridden.has(f.ruleId))) {
    return new AppError(
      'invalid_state',
      'The draft has blocking findings that must be fixed (or overridden by the headteacher) first.',
    );
  }
  const unacknowledged = [
    ...new Set(current.filter((f) => f.severity === 'WARN').map((f) => f.ruleId)),
  ].filter((ruleId) => !input.acknowledged.includes(ruleId));
  if (unacknowledged.length) {
    return new AppError(
      'validation_failed',
      `Acknowledge each warning before approving: ${unacknowledged.join(', ')}.`,
      { unacknowledged },
    );
  }
  return undefined;
}

export async function approveDraft(services: Services, actor: Actor, id: string, input: ApprovalInput) {
  const { draft, publications } = await inTransaction(services.db, async (tx) => {
    const draft = await loadDraftFor(tx, actor, id);
    const school = await findSchool(tx, draft.schoolId);
    const stage = approvalStage(actor, draft, school?.secondApproverRole ?? null, draft.approvals);
    const refusal = refuse(actor, draft, input, await overriddenRules(tx, id, draft.contentHash));
    if (refusal) throw refusal;
    await createApproval(tx, {
      draftId: id,
      approverId: actor.userId,
      contentHash: draft.contentHash,
      acknowledged: input.acknowledged,
      role: stage.role,
    });
    if (!stage.final) {
      await appendAudit(tx, {
        schoolId: draft.schoolId,
        actorId: actor.userId,
        action: 'draft.approve-first',
        subjectType: 'draft',
        subjectId: id,
        data: {
          contentHash: draft.contentHash,
          acknowledged: input.acknowledged,
          awaiting: school?.secondApproverRole,
        },
      });
      return { draft: (await findDraft(tx, id))!, publications: [] };
    }
    const approved = await changeState(tx, {
      draft,
      action: 'approve',
      actorId: actor.userId,
      data: { contentHash: draft.contentHash, acknowledged: input.acknowledged },
    });
    if (draft.scheduledAt && draft.scheduledAt.getTime() > Date.now()) {
      await changeState(tx, {
        draft: { ...draft, state: approved },
        action: 'schedule',
        actorId: actor.userId,
      });
    }
    const accountIds = draft.targets.map((t) => t.accountId);
    const publications = await ensurePublications(tx, id, accountIds);
    await appendAudit(tx, {
      schoolId: draft.schoolId,
      actorId: actor.userId,
      action: 'publication.plan',
      subjectType: 'draft',
      subjectId: id,
      data: {
        publications: publications.map((p) => p.id),
        scheduledAt: draft.scheduledAt?.toISOString() ?? null,
      },
    });
    return { draft: (await findDraft(tx, id))!, publications };
  });
  const delay = draft.scheduledAt ? draft.scheduledAt.getTime() - Date.now() : 0;
  for (const p of publications) await services.queue.enqueue('publish', { publicationId: p.id }, delay);
  await services.feed.publish({ type: 'draft', id, schoolId: draft.schoolId, state: draft.state });
  return draftView(draft);
}
