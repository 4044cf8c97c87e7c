// The foot of a form: what went wrong, what was done (announced politely), and the one button.
export function SubmitRow({
  busy,
  label,
  busyLabel,
  error,
  done,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
  error?: string | undefined;
  done?: string | undefined;
}) {
  return (
    <>
      {error ? (
        <p role="alert" className="error-summary">
          {error}
        </p>
      ) : null}
      {done === undefined ? null : (
        <p role="status" className={done ? 'done' : 'visually-hidden'}>
          {done}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? busyLabel : label}
        </button>
      </div>
    </>
  );
}
