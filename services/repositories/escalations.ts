// Safeguarding escalations (§8). Only their recipients may read them; the use-cases check.
import type { EscalationRoute, Role } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export type NewEscalation = {
  id: string;
  schoolId: string;
  replyId: string;
  route: EscalationRoute;
  recipientRoles: Role[];
  recipientEmail: string | null;
  dueAt: Date;
};

/** Many at once; a reply already escalated keeps its escalation (replyId is unique). */
export const createEscalations = (db: Db, rows: NewEscalation[]) =>
  db.escalation.createMany({ data: rows, skipDuplicates: true });

export async function escalatedReplyIds(db: Db, replyIds: string[]): Promise<Set<string>> {
  const rows = await db.escalation.findMany({
    where: { replyId: { in: replyIds } },
    select: { replyId: true },
  });
  return new Set(rows.map((r) => r.replyId));
}

export const findEscalation = (db: Db, id: string) => db.escalation.findUnique({ where: { id } });

/** Escalations at these schools whose recipients include one of the roles held there. */
export const escalationsFor = (db: Db, held: { schoolId: string; roles: Role[] }[]) =>
  db.escalation.findMany({
    where: { OR: held.map((h) => ({ schoolId: h.schoolId, recipientRoles: { hasSome: h.roles } })) },
    orderBy: { createdAt: 'desc' },
    take: 500,
  });

export const overdueEscalations = (db: Db, now: Date) =>
  db.escalation.findMany({
    where: { acknowledgedAt: null, remindedAt: null, dueAt: { lte: now } },
    take: 200,
  });

/**
 * Marks escalations reminded, with their widened recipients, in one statement. Only those still
 * unreminded and unacknowledged change (two sweeps at once remind once); returns their ids.
 */
export async function markReminded(
  db: Db,
  reminders: { id: string; recipientRoles: Role[] }[],
): Promise<Set<string>> {
  if (!reminders.length) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Escalation" AS e
    SET "recipientRoles" = string_to_array(v.roles, ',')::"Role"[], "remindedAt" = now()
    FROM unnest(${reminders.map((r) => r.id)}::text[], ${reminders.map((r) => r.recipientRoles.join(','))}::text[])
      AS v(id, roles)
    WHERE e.id = v.id AND e."remindedAt" IS NULL AND e."acknowledgedAt" IS NULL
    RETURNING e.id`;
  return new Set(rows.map((r) => r.id));
}

export const updateEscalation = (
  db: Db,
  id: string,
  data: {
    acknowledgedAt?: Date;
    acknowledgedById?: string;
    outcome?: string;
    outcomeAt?: Date;
    outcomeById?: string;
  },
) => db.escalation.update({ where: { id }, data });
