// The school's terms of use (§2), written by the marketing officer: blocked and warned words,
// allowed phrases, what every post must include, posting hours. Each save is a new, audited
// version; posts waiting for approval are checked again against it.
import { type FormEvent, useEffect, useState } from 'react';
import { termsSchema } from '../../../api/terms-schemas.ts';
import { can } from '../../../domain/actor.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../api/resources.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SubmitRow } from '../components/submit-row.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { bodyOf, type ListKey, type Lists, listKinds, listsOf, type Row } from '../lib/terms-rules.ts';
import { useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

const savedSchema = termsSchema.extend({ recheckedDraftIds: termsSchema.shape.createdById.unwrap().array() });

const hourFields = [
  ['from', 'From', 'time'],
  ['to', 'To', 'time'],
  ['reason', 'Why', 'text'],
] as const;

function RuleList({
  kind,
  rows,
  onChange,
}: {
  kind: (typeof listKinds)[number];
  rows: Row[];
  onChange(rows: Row[]): void;
}) {
  const set = (i: number, patch: Partial<Row>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="rule-list">
      <legend>{kind.title}</legend>
      <p className="hint">{kind.hint}</p>
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place.
        <div className="rule-row" key={i}>
          <div>
            <label htmlFor={`${kind.key}-${i}-words`}>
              {kind.wordsLabel} {i + 1}
            </label>
            <input
              id={`${kind.key}-${i}-words`}
              type="text"
              value={row.words}
              onChange={(e) => set(i, { words: e.target.value })}
            />
          </div>
          <div>
            <label htmlFor={`${kind.key}-${i}-reason`}>
              Why ({kind.wordsLabel.toLowerCase()} {i + 1})
            </label>
            <input
              id={`${kind.key}-${i}-reason`}
              type="text"
              value={row.reason}
              onChange={(e) => set(i, { reason: e.target.value })}
            />
          </div>
          <button type="button" className="quiet" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove
            <span className="visually-hidden">
              {' '}
              {kind.wordsLabel.toLowerCase()} {i + 1}
            </span>
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { words: '', reason: '' }])}>
        Add to {kind.title.toLowerCase()}
      </button>
    </fieldset>
  );
}

export function TermsOfUseScreen() {
  useScreenTitle('Terms of use');
  const session = useSession();
  const schoolId = session.me.memberships.find((m) =>
    can(session.actor, 'manageTerms', m.schoolId),
  )?.schoolId;
  const path = `/api/schools/${schoolId}/terms-of-use`;
  const loaded = useLoad((signal) => api('GET', path, termsSchema, undefined, signal), path);
  const [lists, setLists] = useState<Lists>();
  const [hours, setHours] = useState({ on: false, from: '08:00', to: '18:00', reason: '' });
  const [saved, setSaved] = useState<string>();
  const { busy, error, run } = useAction();
  useEffect(() => {
    if (!loaded.value) return;
    setLists(listsOf(loaded.value));
    const h = loaded.value.postingHours;
    if (h) setHours({ on: true, ...h });
  }, [loaded.value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!lists) return;
    setSaved(undefined);
    return run(async () => {
      const body = bodyOf(lists, hours.on ? { from: hours.from, to: hours.to, reason: hours.reason } : null);
      const result = await api('POST', path, savedSchema, body);
      const n = result.recheckedDraftIds.length;
      setSaved(
        `Saved as version ${result.version}.${n ? ` ${n} post${n === 1 ? '' : 's'} waiting for approval ${n === 1 ? 'is' : 'are'} being checked again.` : ''}`,
      );
      loaded.reload();
    });
  };
  const change = (key: ListKey) => (rows: Row[]) => setLists((l) => (l ? { ...l, [key]: rows } : l));
  return (
    <>
      <h1 tabIndex={-1}>Terms of use</h1>
      <ErrorSummary message={loaded.error} />
      {loaded.value ? (
        <p className="muted">
          {loaded.value.version
            ? `Version ${loaded.value.version}${loaded.value.createdAt ? `, saved ${formatLondon(loaded.value.createdAt)}` : ''}.`
            : 'No terms of use saved yet.'}{' '}
          Findings in posts cite these rules by number.
        </p>
      ) : null}
      {lists ? (
        <form className="terms-form" onSubmit={(e) => void submit(e)} noValidate>
          {listKinds.map((kind) => (
            <RuleList key={kind.key} kind={kind} rows={lists[kind.key]} onChange={change(kind.key)} />
          ))}
          <fieldset className="rule-list">
            <legend>Posting hours</legend>
            <label className="choice">
              <input
                type="checkbox"
                checked={hours.on}
                onChange={(e) => setHours({ ...hours, on: e.target.checked })}
              />{' '}
              Only publish between set hours (UK time)
            </label>
            {hours.on ? (
              <div className="rule-row hours">
                {hourFields.map(([key, label, type]) => (
                  <div key={key}>
                    <label htmlFor={`hours-${key}`}>{label}</label>
                    <input
                      id={`hours-${key}`}
                      type={type}
                      value={hours[key]}
                      onChange={(e) => setHours({ ...hours, [key]: e.target.value })}
                    />
                  </div>
                ))}
              </div>
            ) : null}
          </fieldset>
          <SubmitRow
            busy={busy}
            label="Save a new version"
            busyLabel="Saving…"
            error={error}
            done={saved ?? ''}
          />
        </form>
      ) : null}
    </>
  );
}
