// The marketing officer's word on a draft as the audit trail recorded it: the reason given when
// it was returned or rejected lives only in that event's data, so it is read back from there
// rather than copied into a column that could disagree with the trail.
import type { Db } from './db.ts';

export interface Decline {
  decision: 'return' | 'reject';
  reason: string;
  byId: string | null;
  /** Null only if the officer's account no longer exists. */
  byName: string | null;
  at: Date;
}

/**
 * The return or rejection that ends the draft's current round, or null when there is none: a
 * submission starts a new round, so once the author resubmits, the officer's earlier words are
 * answered and no longer shown as standing.
 */
export async function currentDecline(db: Db, draftId: string): Promise<Decline | null> {
  // One event, by (subjectType, subjectId) index: the latest submission or decision.
  const [latest] = await db.$queryRaw<
    { action: string; reason: string | null; actorId: string | null; name: string | null; at: Date }[]
  >`
    SELECT e.action, e.data->>'reason' AS reason, e."actorId", u.name, e.at
    FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId"
    WHERE e."subjectType" = 'draft' AND e."subjectId" = ${draftId}
      AND e.action IN ('draft.submit', 'draft.return', 'draft.reject')
    ORDER BY e.seq DESC
    LIMIT 1`;
  if (!latest || latest.action === 'draft.submit') return null;
  return {
    decision: latest.action === 'draft.return' ? 'return' : 'reject',
    reason: latest.reason ?? '',
    byId: latest.actorId,
    byName: latest.name,
    at: latest.at,
  };
}
