// The policy's forms (Appendices A–C) and the steps each went through.
import type { PolicyFormKind, Prisma } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export const createPolicyForm = (
  db: Db,
  form: {
    schoolId: string;
    kind: PolicyFormKind;
    state: string;
    requesterId: string;
    fields: Prisma.InputJsonObject;
  },
) => db.policyForm.create({ data: form });

export const findPolicyForm = (db: Db, id: string) =>
  db.policyForm.findUnique({ where: { id }, include: { steps: { orderBy: { at: 'asc' } } } });

/** Moves the form only if it is still in `from`, so two people acting at once cannot both win. */
export async function movePolicyForm(
  db: Db,
  id: string,
  from: string,
  change: { state: string; accountId?: string },
): Promise<boolean> {
  const { count } = await db.policyForm.updateMany({ where: { id, state: from }, data: change });
  return count === 1;
}

export const addPolicyFormStep = (
  db: Db,
  step: {
    formId: string;
    actorId: string;
    action: string;
    from: string;
    to: string;
    reason: string | null;
    data: Prisma.InputJsonObject;
  },
) => db.policyFormStep.create({ data: step });

export const policyFormsIn = (db: Db, schoolIds: string[], kind?: PolicyFormKind) =>
  db.policyForm.findMany({
    where: { schoolId: { in: schoolIds }, ...(kind ? { kind } : {}) },
    include: { steps: { orderBy: { at: 'asc' } } },
    orderBy: { createdAt: 'desc' },
    take: 500,
  });

/** The Appendix C form that created this account, if any. */
export const siteFormOfAccount = (db: Db, accountId: string) =>
  db.policyForm.findFirst({ where: { kind: 'SITE_CREATION', accountId } });
