// The one form engine for Appendices A, B and C: open a form, take a step through its kind's
// transition table, see it. Every change is audited in the same transaction.
import type { Services } from '../context.ts';
import { type Actor, rolesAt, schoolsOf } from '../domain/actor.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { formKinds, nextState, START, type StepInput } from '../domain/policy-forms.ts';
import type { PolicyFormKind, Prisma } from '../generated/prisma/client.ts';
import { appendAudit } from '../repositories/audit.ts';
import { type Db, inTransaction } from '../repositories/db.ts';
import { peopleNamed } from '../repositories/people.ts';
import {
  addPolicyFormStep,
  createPolicyForm,
  findPolicyForm,
  movePolicyForm,
  policyFormsIn,
} from '../repositories/policy-forms.ts';
import { createSiteAccount } from './site-creation.ts';

type FormRow = NonNullable<Awaited<ReturnType<typeof findPolicyForm>>>;

const audit = (
  tx: Prisma.TransactionClient,
  form: { id: string; schoolId: string; kind: string },
  actorId: string,
  action: string,
  data: Record<string, unknown>,
) =>
  appendAudit(tx, {
    schoolId: form.schoolId,
    actorId,
    action: `form.${action}`,
    subjectType: 'policy-form',
    subjectId: form.id,
    data: { kind: form.kind, ...data },
  });

/** Opens a form inside the caller's transaction (a reply's report opens one too). */
export async function openPolicyForm(
  tx: Prisma.TransactionClient,
  form: { schoolId: string; kind: PolicyFormKind; requesterId: string; fields: Prisma.InputJsonObject },
) {
  const created = await createPolicyForm(tx, { ...form, state: START });
  await addPolicyFormStep(tx, {
    formId: created.id,
    actorId: form.requesterId,
    action: 'request',
    from: '',
    to: START,
    reason: null,
    data: {},
  });
  await audit(tx, created, form.requesterId, 'requested', {});
  return created;
}

export async function requestForm(
  services: Services,
  actor: Actor,
  input: { kind: PolicyFormKind; schoolId: string; fields: unknown },
) {
  if (!rolesAt(actor, input.schoolId).size) throw notFound('That school');
  const parsed = formKinds[input.kind].fields.safeParse(input.fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) =>
      i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message,
    );
    throw new AppError('validation_failed', `The form is not complete: ${problems.join(' ')}`, { problems });
  }
  const form = await inTransaction(services.db, (tx) =>
    openPolicyForm(tx, {
      ...input,
      requesterId: actor.userId,
      fields: parsed.data as Prisma.InputJsonObject,
    }),
  );
  return formView(services.db, (await findPolicyForm(services.db, form.id))!);
}

function maySee(
  actor: Actor,
  form: { schoolId: string; kind: PolicyFormKind; requesterId: string },
): boolean {
  if (form.requesterId === actor.userId && rolesAt(actor, form.schoolId).size) return true;
  const held = rolesAt(actor, form.schoolId);
  return formKinds[form.kind].seenBy.some((role) => held.has(role));
}

export async function formFor(services: Services, actor: Actor, id: string): Promise<FormRow> {
  const form = await findPolicyForm(services.db, id);
  if (!form || !maySee(actor, form)) throw notFound('That form');
  return form;
}

export async function takeStep(services: Services, actor: Actor, id: string, step: StepInput) {
  const form = await formFor(services, actor, id);
  const to = nextState(form.kind, form.state, rolesAt(actor, form.schoolId), step);
  await inTransaction(services.db, async (tx) => {
    const accountId =
      form.kind === 'SITE_CREATION' && to === 'APPROVED'
        ? await createSiteAccount(tx, form, actor)
        : undefined;
    if (!(await movePolicyForm(tx, form.id, form.state, { state: to, ...(accountId ? { accountId } : {}) })))
      throw new AppError('conflict', 'Someone else moved this form on just now; reload it.');
    const data = step.details ? { details: step.details.trim() } : {};
    await addPolicyFormStep(tx, {
      formId: form.id,
      actorId: actor.userId,
      action: step.action,
      from: form.state,
      to,
      reason: step.reason?.trim() || null,
      data,
    });
    await audit(tx, form, actor.userId, step.action, {
      from: form.state,
      to,
      reason: step.reason?.trim() || null,
      ...data,
      ...(accountId ? { accountId } : {}),
    });
  });
  return formView(services.db, (await findPolicyForm(services.db, form.id))!);
}

export async function listForms(services: Services, actor: Actor, kind?: PolicyFormKind) {
  const forms = (await policyFormsIn(services.db, schoolsOf(actor), kind)).filter((f) => maySee(actor, f));
  return Promise.all(forms.map((f) => formView(services.db, f)));
}

export async function formView(db: Db, form: FormRow) {
  const names = new Map(
    (await peopleNamed(db, [form.requesterId, ...form.steps.map((s) => s.actorId)])).map((p) => [
      p.id,
      p.name,
    ]),
  );
  return {
    id: form.id,
    kind: form.kind,
    title: formKinds[form.kind].title,
    schoolId: form.schoolId,
    state: form.state,
    requesterId: form.requesterId,
    requesterName: names.get(form.requesterId) ?? '',
    fields: form.fields as Record<string, unknown>,
    accountId: form.accountId,
    createdAt: form.createdAt.toISOString(),
    nextSteps: formKinds[form.kind].done.includes(form.state)
      ? []
      : Object.entries(formKinds[form.kind].transitions)
          .filter(([, t]) => t.from.includes(form.state))
          .map(([action]) => action),
    steps: form.steps.map((s) => ({
      action: s.action,
      from: s.from,
      to: s.to,
      byId: s.actorId,
      byName: names.get(s.actorId) ?? '',
      reason: s.reason,
      details: (s.data as { details?: string }).details ?? null,
      at: s.at.toISOString(),
    })),
  };
}

export type FormView = Awaited<ReturnType<typeof formView>>;
