// The recipient's side of an escalation: acknowledging it, then recording the outcome.
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { updateEscalation } from '../repositories/escalations.ts';
import { escalationFor } from './reply-access.ts';

export async function acknowledgeEscalation(services: Services, actor: Actor, id: string) {
  const escalation = await escalationFor(services.db, actor, id);
  if (escalation.acknowledgedAt) return escalation;
  return inTransaction(services.db, async (tx) => {
    const updated = await updateEscalation(tx, id, {
      acknowledgedAt: new Date(),
      acknowledgedById: actor.userId,
    });
    await appendAudit(tx, {
      schoolId: escalation.schoolId,
      actorId: actor.userId,
      action: 'escalation.acknowledged',
      subjectType: 'escalation',
      subjectId: id,
    });
    return updated;
  });
}

export async function recordEscalationOutcome(services: Services, actor: Actor, id: string, outcome: string) {
  const escalation = await escalationFor(services.db, actor, id);
  if (escalation.outcome)
    throw new AppError('conflict', 'An outcome has already been recorded for this concern.');
  return inTransaction(services.db, async (tx) => {
    const now = new Date();
    const updated = await updateEscalation(tx, id, {
      outcome,
      outcomeAt: now,
      outcomeById: actor.userId,
      // Recording an outcome is also an acknowledgement.
      ...(escalation.acknowledgedAt ? {} : { acknowledgedAt: now, acknowledgedById: actor.userId }),
    });
    // The outcome's words stay with the escalation; the audit trail says only that one was recorded.
    await appendAudit(tx, {
      schoolId: escalation.schoolId,
      actorId: actor.userId,
      action: 'escalation.outcome_recorded',
      subjectType: 'escalation',
      subjectId: id,
    });
    return updated;
  });
}
