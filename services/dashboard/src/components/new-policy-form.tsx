// "New form": choose the appendix, answer its questions, send it. What is missing is listed in the
// API's own rules' words before anything is sent; nothing typed is lost when it is.
import { type FormEvent, useState } from 'react';
import { formKinds } from '../../../domain/policy-forms.ts';
import type { PolicyFormKind } from '../../../generated/prisma/enums.ts';
import { api } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { type FormField, fieldValues, formFields, groupLabels, kindOrder } from '../lib/form-fields.ts';
import { useSession } from '../session.tsx';
import { SubmitRow } from './submit-row.tsx';

interface Problem {
  field: string;
  message: string;
}

function Question({ field, invalid }: { field: FormField; invalid: boolean }) {
  const id = `form-${field.name}`;
  const label = `${field.label}${field.optional ? ' (optional)' : ''}`;
  if (field.kind === 'groups') {
    return (
      <fieldset className="choices">
        <legend>{label}</legend>
        {Object.entries(groupLabels).map(([value, words]) => (
          <label key={value} className="choice">
            <input type="checkbox" name={field.name} value={value} /> {words}
          </label>
        ))}
      </fieldset>
    );
  }
  const input =
    field.kind === 'platform' ? (
      <select id={id} name={field.name} aria-invalid={invalid || undefined}>
        <option value="X">X</option>
        <option value="FACEBOOK">Facebook</option>
        <option value="INSTAGRAM">Instagram</option>
      </select>
    ) : field.kind === 'text' || field.kind === 'urls' || field.kind === 'names' ? (
      <textarea id={id} name={field.name} rows={3} aria-invalid={invalid || undefined} />
    ) : (
      <input
        id={id}
        name={field.name}
        type={field.kind === 'url' ? 'url' : field.kind === 'date' ? 'date' : 'text'}
        aria-invalid={invalid || undefined}
      />
    );
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {input}
    </div>
  );
}

export function NewPolicyForm({ onSent }: { onSent(): void }) {
  const session = useSession();
  const [kind, setKind] = useState<PolicyFormKind>('ACCESS_REQUEST');
  const [sent, setSent] = useState<string>();
  const { busy, error, run } = useAction();
  const [problems, setProblems] = useState<Problem[]>([]);
  const schoolId = session.me.memberships[0]?.schoolId;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const fields = fieldValues(kind, new FormData(element));
    setSent(undefined);
    // The same rules the API applies, so every gap is listed at once beside its own question.
    const checked = formKinds[kind].fields.safeParse(fields);
    if (!checked.success) {
      const found = checked.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message }));
      setProblems(found);
      element.querySelector<HTMLElement>(`[name="${found[0]?.field}"]`)?.focus();
      return;
    }
    setProblems([]);
    return run(async () => {
      await api('POST', '/api/forms', null, { kind, schoolId, fields });
      element.reset();
      setSent(`Sent: ${formKinds[kind].title}.`);
      onSent();
    });
  };
  return (
    <section aria-labelledby="new-form-title" className="card new-form">
      <h2 id="new-form-title">New form</h2>
      <fieldset className="choices">
        <legend>Which form</legend>
        {kindOrder.map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="kind"
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setProblems([]);
              }}
            />{' '}
            {formKinds[k].title}
          </label>
        ))}
      </fieldset>
      <form key={kind} onSubmit={(e) => void submit(e)} noValidate>
        {formFields[kind].map((f) => (
          <Question key={f.name} field={f} invalid={problems.some((p) => p.field === f.name)} />
        ))}
        {problems.length ? (
          <div role="alert" className="error-summary">
            <p>The form is not complete yet:</p>
            <ul>
              {problems.map((p) => (
                <li key={`${p.field}-${p.message}`}>{p.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <SubmitRow busy={busy} label="Send the form" busyLabel="Sending…" error={error} done={sent ?? ''} />
      </form>
    </section>
  );
}
