// The audit trail for headteachers and trust admins: filter by action, subject and dates (UK
// days), and take a CSV away for governors or an investigation.
import { type FormEvent, useState } from 'react';
import { auditEventSchema } from '../../../api/schemas.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { formatLondon, fromLondonInput } from '../lib/london-time.ts';
import { useScreenTitle } from '../router.tsx';

interface AuditFilters {
  action: string;
  subjectId: string;
  from: string;
  to: string;
}

function queryOf(f: AuditFilters): string {
  const q = new URLSearchParams();
  if (f.action.trim()) q.set('action', f.action.trim());
  if (f.subjectId.trim()) q.set('subjectId', f.subjectId.trim());
  const from = f.from && fromLondonInput(`${f.from}T00:00`);
  const to = f.to && fromLondonInput(`${f.to}T23:59`);
  if (from) q.set('from', from.toISOString());
  if (to) q.set('to', new Date(to.getTime() + 59_999).toISOString());
  return q.toString();
}

export function AuditScreen() {
  useScreenTitle('Audit');
  const [filters, setFilters] = useState<AuditFilters>({ action: '', subjectId: '', from: '', to: '' });
  const [query, setQuery] = useState('');
  const events = useLoad(
    (signal) =>
      api('GET', `/api/audit${query ? `?${query}` : ''}`, auditEventSchema.array(), undefined, signal),
    query,
  );
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setQuery(queryOf(filters));
  };
  const field = (name: keyof AuditFilters, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{label}</label>
      <input
        id={`audit-${name}`}
        type={type}
        value={filters[name]}
        onChange={(e) => setFilters((f) => ({ ...f, [name]: e.target.value }))}
      />
    </div>
  );
  return (
    <>
      <h1 tabIndex={-1}>Audit</h1>
      <p className="lead">Every change in Gatepost, newest first. The record cannot be edited.</p>
      <form className="filters" onSubmit={apply} aria-label="Filter the audit trail">
        {field('action', 'Action (e.g. draft.approve)')}
        {field('subjectId', 'Subject id')}
        {field('from', 'From (UK date)', 'date')}
        {field('to', 'To (UK date)', 'date')}
        <div className="field actions-field">
          <button type="submit" className="primary">
            Show
          </button>
          {/* The server's export neutralises spreadsheet formulas and is itself audited. */}
          <a className="button" href={`/api/audit.csv${query ? `?${query}` : ''}`} download>
            Download CSV
          </a>
        </div>
      </form>
      <ErrorSummary message={events.error} />
      <p aria-live="polite">{events.value ? `${events.value.length} events.` : 'Loading…'}</p>
      {/* Focusable so a keyboard can scroll the wide table on a phone. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1). */}
      <section className="table-wrap" tabIndex={0} aria-label="Audit events">
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">When (UK)</th>
              <th scope="col">Action</th>
              <th scope="col">Subject</th>
              <th scope="col">By</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {(events.value ?? []).map((e) => (
              <tr key={e.seq}>
                <td data-label="When">{formatLondon(e.at)}</td>
                <td data-label="Action">
                  <code>{e.action}</code>
                </td>
                <td data-label="Subject">
                  {e.subjectType} <code className="short-id">{e.subjectId.slice(0, 8)}</code>
                </td>
                <td data-label="By">
                  {e.actorId ? <code className="short-id">{e.actorId.slice(0, 8)}</code> : 'Gatepost'}
                </td>
                <td data-label="Details" className="details">
                  {JSON.stringify(e.data)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
