// What the governors' report counts (§12 monitoring and review), read per school for a period
// [from, to). Each query returns rows per school; the report module adds them up.
import type { Db } from './db.ts';

export interface Period {
  schoolIds: string[];
  from: Date;
  to: Date;
}

/** Drafts that went through each state change in the period (a draft counts once per action). */
export const draftOutcomes = (db: Db, p: Period, actions: string[]) =>
  db.$queryRaw<{ schoolId: string; action: string; drafts: number }[]>`
    SELECT "schoolId", action, count(DISTINCT "subjectId")::int AS drafts FROM "AuditEvent"
    WHERE "schoolId" = ANY(${p.schoolIds}) AND "subjectType" = 'draft' AND action = ANY(${actions})
      AND at >= ${p.from} AND at < ${p.to}
    GROUP BY 1, 2`;

/** Findings raised by checks in the period, by category, clause and severity. */
export const findingCounts = (db: Db, p: Period) =>
  db.$queryRaw<{ schoolId: string; category: string; clause: string; severity: string; count: number }[]>`
    SELECT d."schoolId", f.category, f.clause, f.severity::text AS severity, count(*)::int AS count
    FROM "Finding" f JOIN "Draft" d ON d.id = f."draftId"
    WHERE d."schoolId" = ANY(${p.schoolIds}) AND f."createdAt" >= ${p.from} AND f."createdAt" < ${p.to}
    GROUP BY 1, 2, 3, 4`;

/** Submissions and approvals of the drafts approved in the period, oldest first. */
export const submissionsAndApprovals = (db: Db, p: Period) =>
  db.$queryRaw<{ schoolId: string; draftId: string; action: string; at: Date }[]>`
    SELECT "schoolId", "subjectId" AS "draftId", action, at FROM "AuditEvent"
    WHERE "subjectType" = 'draft' AND action IN ('draft.submit', 'draft.approve') AND at < ${p.to}
      AND "subjectId" IN (
        SELECT "subjectId" FROM "AuditEvent"
        WHERE "schoolId" = ANY(${p.schoolIds}) AND action = 'draft.approve'
          AND at >= ${p.from} AND at < ${p.to})
    ORDER BY seq`;

/** Photos uploaded in the period with what their scan did to each face. */
export const photoFaces = (db: Db, p: Period) =>
  db.$queryRaw<{ schoolId: string; faces: { action: string }[] }[]>`
    SELECT d."schoolId", m.faces FROM "Media" m JOIN "Draft" d ON d.id = m."draftId"
    WHERE d."schoolId" = ANY(${p.schoolIds}) AND m."createdAt" >= ${p.from} AND m."createdAt" < ${p.to}`;

export const consentWithdrawals = (db: Db, p: Period) =>
  db.$queryRaw<{ schoolId: string; count: number }[]>`
    SELECT "schoolId", count(*)::int AS count FROM "ConsentRecord"
    WHERE "schoolId" = ANY(${p.schoolIds}) AND "withdrawnAt" >= ${p.from} AND "withdrawnAt" < ${p.to}
    GROUP BY 1`;

/** Replies received in the period and hidden, once per label they carry. */
export const hiddenReplyLabels = (db: Db, p: Period) =>
  db.$queryRaw<{ schoolId: string; label: string; count: number }[]>`
    SELECT "schoolId", unnest(labels) AS label, count(*)::int AS count FROM "Reply"
    WHERE "schoolId" = ANY(${p.schoolIds}) AND hidden AND "receivedAt" >= ${p.from} AND "receivedAt" < ${p.to}
    GROUP BY 1, 2`;

/** Escalations raised in the period: counts only, never their detail (§8: the DSL's alone). */
export const escalationCounts = (db: Db, p: Period, now: Date) =>
  db.$queryRaw<
    {
      schoolId: string;
      route: string;
      raised: number;
      acknowledged: number;
      outcomes: number;
      overdue: number;
    }[]
  >`
    SELECT "schoolId", route::text AS route, count(*)::int AS raised,
      count("acknowledgedAt")::int AS acknowledged, count(outcome)::int AS outcomes,
      count(*) FILTER (WHERE "acknowledgedAt" IS NULL AND "dueAt" < ${now})::int AS overdue
    FROM "Escalation"
    WHERE "schoolId" = ANY(${p.schoolIds}) AND "createdAt" >= ${p.from} AND "createdAt" < ${p.to}
    GROUP BY 1, 2`;

/** Authors of labelled replies active in the period; those at the school's threshold (§5). */
export const offenderCounts = (db: Db, p: Period) =>
  db.$queryRaw<{ schoolId: string; authors: number; overThreshold: number; headteacherTold: number }[]>`
    SELECT a."schoolId", count(*)::int AS authors,
      count(*) FILTER (WHERE o.count >= coalesce(s."offenderThreshold", 3))::int AS "overThreshold",
      count(o."notifiedAt")::int AS "headteacherTold"
    FROM "Offender" o JOIN "Account" a ON a.id = o."accountId"
      LEFT JOIN "ReplySettings" s ON s."schoolId" = a."schoolId"
    WHERE a."schoolId" = ANY(${p.schoolIds}) AND o."lastSeenAt" >= ${p.from} AND o."lastSeenAt" < ${p.to}
    GROUP BY 1`;

export const schoolsWithTrusts = (db: Db, schoolIds: string[]) =>
  db.school.findMany({
    where: { id: { in: schoolIds } },
    select: { id: true, name: true, trust: { select: { id: true, name: true } } },
    orderBy: { name: 'asc' },
  });
