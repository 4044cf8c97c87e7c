// Safeguarding escalations (§8). Only their recipients may read them; the use-cases check.
import type { EscalationRoute, Role } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export const createEscalation = (
  db: Db,
  data: {
    schoolId: string;
    replyId: string;
    route: EscalationRoute;
    recipientRoles: Role[];
    recipientEmail: string | null;
    dueAt: Date;
  },
) => db.escalation.create({ data });

export const escalationOfReply = (db: Db, replyId: string) =>
  db.escalation.findUnique({ where: { replyId } });

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
