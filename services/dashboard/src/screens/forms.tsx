// The policy's forms (Appendices A–C): what is waiting for whom, the next step for those who
// take it (with the reasons the policy asks them to write down), the history, and the printable record.
import { useState } from 'react';
import { z } from 'zod';
import { formKinds } from '../../../domain/policy-forms.ts';
import type { PolicyFormKind } from '../../../generated/prisma/enums.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../api/resources.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { NewPolicyForm } from '../components/new-policy-form.tsx';
import { stateWords } from '../lib/form-fields.ts';
import { formatLondon } from '../lib/london-time.ts';
import { useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

// The parts of GET /api/forms (services/api/routes/forms.ts) this screen shows.
const policyFormSchema = z.object({
  id: z.string(),
  kind: z.enum(['SITE_CREATION', 'ACCESS_REQUEST', 'CONTENT_REPORT']),
  title: z.string(),
  schoolId: z.string(),
  state: z.string(),
  requesterName: z.string(),
  createdAt: z.string(),
  nextSteps: z.array(z.string()),
  steps: z.array(
    z.object({
      action: z.string(),
      to: z.string(),
      byName: z.string(),
      reason: z.string().nullable(),
      details: z.string().nullable(),
      at: z.string(),
    }),
  ),
});
type PolicyForm = z.output<typeof policyFormSchema>;

const stepWords: Record<string, string> = {
  approveContent: 'Approve the content',
  approve: 'Approve',
  reject: 'Reject',
  review: 'Record the review',
  refuse: 'Refuse',
  recordAction: 'Record the action taken',
};

function NextStep({ form, action, onDone }: { form: PolicyForm; action: string; onDone(): void }) {
  const transition = formKinds[form.kind as PolicyFormKind].transitions[action]!;
  const [words, setWords] = useState('');
  const { busy, error, run } = useAction();
  const id = `step-${form.id}-${action}`;
  const take = () =>
    run(async () => {
      const needs = transition.needs;
      await api('POST', `/api/forms/${form.id}/steps`, null, {
        action,
        ...(needs ? { [needs.field]: words } : {}),
      });
      onDone();
    });
  return (
    <div className="next-step">
      {transition.needs ? (
        <>
          <label htmlFor={id}>Write down {transition.needs.label}</label>
          <textarea id={id} rows={2} value={words} onChange={(e) => setWords(e.target.value)} />
        </>
      ) : null}
      <ErrorSummary message={error} />
      <button
        type="button"
        className={action === 'reject' || action === 'refuse' ? 'danger' : 'primary'}
        disabled={busy}
        onClick={() => void take()}
      >
        {stepWords[action] ?? action}
      </button>
    </div>
  );
}

function FormCard({ form, onChanged }: { form: PolicyForm; onChanged(): void }) {
  const session = useSession();
  const held = new Set(session.me.memberships.filter((m) => m.schoolId === form.schoolId).map((m) => m.role));
  const mine = form.nextSteps.filter((action) =>
    formKinds[form.kind].transitions[action]!.roles.some((role) => held.has(role)),
  );
  return (
    <li className="card">
      <h2 className="card-title">{form.title}</h2>
      <p className="card-meta">
        <span className="badge tone-neutral">{stateWords(form.state)}</span> Requested by {form.requesterName}
        , {formatLondon(form.createdAt)}
      </p>
      <ol className="form-steps">
        {form.steps.map((s) => (
          <li key={`${s.at}-${s.action}`}>
            {stateWords(s.to)} by {s.byName}, {formatLondon(s.at)}
            {s.reason ? <span className="step-note"> Reason: {s.reason}</span> : null}
            {s.details ? <span className="step-note"> {s.details}</span> : null}
          </li>
        ))}
      </ol>
      {mine.map((action) => (
        <NextStep key={action} form={form} action={action} onDone={onChanged} />
      ))}
      {form.nextSteps.length && !mine.length ? (
        <p className="muted">Waiting for someone else to act.</p>
      ) : null}
      <p>
        <a href={`/api/forms/${form.id}/record`} target="_blank" rel="noopener">
          Printable record<span className="visually-hidden"> of {form.title}</span>
        </a>
      </p>
    </li>
  );
}

export function FormsScreen() {
  useScreenTitle('Forms');
  const forms = useLoad(
    (signal) => api('GET', '/api/forms', policyFormSchema.array(), undefined, signal),
    'forms',
  );
  return (
    <>
      <h1 tabIndex={-1}>Forms</h1>
      <p className="hint">
        Appendix A (blocked site access), B (inappropriate content) and C (new social media site).
      </p>
      <ErrorSummary message={forms.error} />
      <div className="forms-layout">
        <NewPolicyForm onSent={forms.reload} />
        <section aria-labelledby="forms-list-title">
          <h2 id="forms-list-title">Your forms and those waiting for you</h2>
          {forms.value && !forms.value.length ? <p className="empty">No forms yet.</p> : null}
          <ul className="cards wide">
            {(forms.value ?? []).map((f) => (
              <FormCard key={f.id} form={f} onChanged={forms.reload} />
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
