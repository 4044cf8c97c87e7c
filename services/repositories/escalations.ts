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

export const updateEscalation = (
  db: Db,
  id: string,
  data: {
    recipientRoles?: Role[];
    remindedAt?: Date;
    acknowledgedAt?: Date;
    acknowledgedById?: string;
    outcome?: string;
    outcomeAt?: Date;
    outcomeById?: string;
  },
) => db.escalation.update({ where: { id }, data });
