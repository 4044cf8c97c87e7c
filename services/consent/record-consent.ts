// Writes planned consent changes, audits each person's change old -> new, and applies the
// consequences of any consent lost — all in the caller's transaction.
import type { Prisma } from '../generated/prisma/client.ts';
import { type AuditEntry, appendAuditMany } from '../repositories/audit.ts';
import { type Recorder, savePeople } from '../repositories/consent.ts';
import type { RecordState } from './consent-change.ts';
import { applyConsentLoss, type ConsentEffects } from './consent-loss.ts';
import type { PersonPlan } from './import-plan.ts';

const stateForAudit = (r: RecordState | undefined) =>
  r && {
    platforms: r.platforms.length ? r.platforms : 'all',
    grantedAt: r.grantedAt?.toISOString() ?? null,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    expiresAt: r.expiresAt?.toISOString() ?? null,
  };

function auditEntry(plan: PersonPlan, id: string, by: Recorder): AuditEntry {
  const details =
    plan.status === 'added'
      ? plan.details
      : Object.fromEntries(Object.entries(plan.detailChanges).map(([f, [from, to]]) => [f, { from, to }]));
  return {
    schoolId: by.schoolId,
    actorId: by.actorId,
    action: `consent.${plan.kind}.${plan.status}`,
    subjectType: plan.kind,
    subjectId: id,
    data: {
      key: plan.key,
      source: plan.source ?? by.source,
      details,
      ...(plan.leftAt !== undefined ? { leftAt: plan.leftAt?.toISOString() ?? null } : {}),
      consents: Object.fromEntries(
        plan.records.map((r) => [
          r.purpose,
          { from: stateForAudit(r.before) ?? null, to: stateForAudit(r.after) },
        ]),
      ),
    },
  };
}

export async function recordConsent(
  tx: Prisma.TransactionClient,
  plans: PersonPlan[],
  by: Recorder & { reason: string },
): Promise<ConsentEffects> {
  const ids = await savePeople(tx, plans, by);
  await appendAuditMany(
    tx,
    plans.map((p) => auditEntry(p, ids.get(p)!, by)),
  );
  const lost = plans
    .filter((p) => p.status === 'left' || p.records.some((r) => r.lost))
    .map((p) => ({ kind: p.kind, id: ids.get(p)! }));
  return applyConsentLoss(tx, {
    schoolId: by.schoolId,
    people: lost,
    reason: by.reason,
    actorId: by.actorId,
    at: by.now,
  });
}
