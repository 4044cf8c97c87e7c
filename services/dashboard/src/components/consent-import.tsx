// Importing the MIS consent export: check the file first (a dry run showing exactly what would
// change), then apply it. Nothing changes until the officer says so.
import { useId, useRef, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { effectsSummary, type ImportResult, importResultSchema } from '../api/pupils.ts';
import { sendForm } from '../api/send-form.ts';
import { ErrorSummary } from './error-summary.tsx';

const words = (value: string | null) => value ?? 'none';

/** One group of the diff: a heading and each person with what changes for them. */
function DiffGroup<P extends { key: string; name: string }>({
  title,
  people,
  detail,
}: {
  title: string;
  people: P[];
  detail?: (person: P) => string;
}) {
  if (!people.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {people.map((p) => (
          <li key={p.key}>
            <strong>{p.name}</strong> ({p.key}){detail ? `: ${detail(p)}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

const spaced = (word: string) => word.replaceAll('_', ' ');

function ImportDiff({ diff }: { diff: ImportResult }) {
  const nothing =
    !diff.added.length && !diff.changed.length && !diff.withdrawn.length && !diff.leavers.length;
  return (
    <div className="import-diff">
      <p className="import-counts">
        {diff.added.length} new · {diff.changed.length} changed · {diff.withdrawn.length} withdrawn ·{' '}
        {diff.leavers.length} left the school · {diff.unchanged} unchanged
      </p>
      {nothing ? <p>The file matches the register: nothing to change.</p> : null}
      <DiffGroup
        title="Consent withdrawn"
        people={diff.withdrawn}
        detail={(p) => p.purposes.map(spaced).join(', ')}
      />
      <DiffGroup
        title="Changed"
        people={diff.changed}
        detail={(p) =>
          Object.entries(p.changes)
            .map(([what, c]) => `${spaced(what)} ${words(c.from)} → ${words(c.to)}`)
            .join('; ')
        }
      />
      <DiffGroup title="New to the register" people={diff.added} />
      <DiffGroup title="No longer in the export (their consent ends)" people={diff.leavers} />
    </div>
  );
}

export function ConsentImport({ onImported }: { onImported(): void }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<ImportResult>();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const send = async (dryRun: boolean) => {
    if (!file) {
      setError('Choose the CSV file exported from your MIS.');
      return fileInput.current?.focus();
    }
    setError(undefined);
    setBusy(true);
    const form = new FormData();
    form.set('file', file);
    form.set('dryRun', String(dryRun));
    try {
      const result = await sendForm('/api/consent/import', form, importResultSchema);
      if (dryRun) setPreview(result);
      else {
        setPreview(undefined);
        setFile(undefined);
        if (fileInput.current) fileInput.current.value = '';
        setDone(`Imported. ${effectsSummary(result)}`);
        onImported();
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="consent-import" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import from the MIS</h2>
      <ErrorSummary message={error} />
      {done ? (
        <p className="done" role="status">
          {done}
        </p>
      ) : null}
      <label htmlFor={`${id}-file`}>Consent CSV file</label>
      <p id={`${id}-hint`} className="hint">
        Columns upn, first_name, last_name, preferred_name, year_group, photo_consent, name_consent (extra
        columns are fine). You will see what changes before anything is saved.
      </p>
      <input
        id={`${id}-file`}
        ref={fileInput}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setFile(e.target.files?.[0]);
          setPreview(undefined);
          setDone(undefined);
        }}
      />
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void send(true)}>
          Check the file
        </button>
      </div>
      {preview ? (
        <section aria-labelledby={`${id}-diff`} className="import-preview">
          <h3 id={`${id}-diff`} tabIndex={-1}>
            What this file would change
          </h3>
          <ImportDiff diff={preview} />
          <div className="actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void send(false)}>
              Apply these changes
            </button>
          </div>
        </section>
      ) : null}
    </section>
  );
}
