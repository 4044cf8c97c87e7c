// A school's choice of a second approver after the marketing officer (e.g. the headteacher).
import type { Services } from '../context.ts';
import { type Actor, requirePermission } from '../domain/actor.ts';
import { notFound } from '../domain/errors.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { setSecondApprover } from '../repositories/schools.ts';

export async function setApprovalPolicy(
  services: Services,
  actor: Actor,
  schoolId: string,
  role: Role | null,
) {
  if (!actor.memberships.some((m) => m.schoolId === schoolId)) throw notFound('That school');
  requirePermission(actor, 'overrideBlocks', schoolId);
  const school = await inTransaction(services.db, async (tx) => {
    const saved = await setSecondApprover(tx, schoolId, role);
    await appendAudit(tx, {
      schoolId,
      actorId: actor.userId,
      action: 'school.approval-policy',
      subjectType: 'school',
      subjectId: schoolId,
      data: { secondApproverRole: role },
    });
    return saved;
  });
  return { schoolId: school.id, secondApproverRole: school.secondApproverRole };
}
