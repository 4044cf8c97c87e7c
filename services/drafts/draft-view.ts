// A draft as the API returns it (DESIGN.md "A draft as returned").
import { mediaView } from '../media/media-view.ts';
import type { Decline } from '../repositories/draft-decisions.ts';
import type { DraftDetail } from '../repositories/drafts.ts';

export function draftView(draft: DraftDetail) {
  const approval = draft.approvals.find((a) => a.contentHash === draft.contentHash);
  return {
    id: draft.id,
    schoolId: draft.schoolId,
    state: draft.state,
    text: draft.text,
    accountIds: draft.targets.map((t) => t.accountId),
    scheduledAt: draft.scheduledAt?.toISOString() ?? null,
    contentHash: draft.contentHash,
    authorId: draft.authorId,
    // Not in DESIGN.md's list: an addition so the queue can say who wrote each post.
    authorName: draft.author.name,
    createdAt: draft.createdAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
    findings: draft.findings
      .filter((f) => f.contentHash === draft.contentHash)
      .map((f) => ({
        ruleId: f.ruleId,
        category: f.category,
        severity: f.severity === 'BLOCK' ? ('block' as const) : ('warn' as const),
        clause: f.clause,
        message: f.message,
        ...(f.suggestion ? { suggestion: f.suggestion } : {}),
        ...(f.spanStart !== null && f.spanEnd !== null ? { span: [f.spanStart, f.spanEnd] } : {}),
      })),
    media: draft.media.map(mediaView),
    ...(approval
      ? {
          approval: {
            by: approval.approverId,
            at: approval.createdAt.toISOString(),
            contentHash: approval.contentHash,
          },
        }
      : {}),
    publications: draft.publications.map((p) => ({
      accountId: p.accountId,
      state: p.state,
      ...(p.platformPostId ? { platformPostId: p.platformPostId } : {}),
      ...(p.url ? { url: p.url } : {}),
      ...(p.error ? { error: p.error } : {}),
    })),
  };
}

export type DraftView = ReturnType<typeof draftView>;

/** The officer's standing return or rejection, as the single-draft view carries it. */
export function returnedView(decline: Decline | null) {
  if (!decline) return null;
  return {
    decision: decline.decision,
    reason: decline.reason,
    by: decline.byId,
    byName: decline.byName ?? 'The marketing officer',
    at: decline.at.toISOString(),
  };
}
