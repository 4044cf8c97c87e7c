// The abuse log (§2): every labelled reply with its original text kept, and what was done.
import { abuseLogEntrySchema } from '../../../api/reply-schemas.ts';
import { api } from '../api/client.ts';
import { accountLabel, useAccounts, useLoad } from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { LabelBadges } from '../components/label-badges.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { useScreenTitle } from '../router.tsx';

export function AbuseLogScreen() {
  useScreenTitle('Abuse log');
  const log = useLoad(
    (signal) => api('GET', '/api/abuse-log', abuseLogEntrySchema.array(), undefined, signal),
    'abuse-log',
  );
  const accounts = new Map((useAccounts().value ?? []).map((a) => [a.id, a]));
  return (
    <>
      <h1 tabIndex={-1}>Abuse log</h1>
      <p className="lead">
        Replies Gatepost labelled, exactly as written, with what was done. Kept as evidence.
      </p>
      <ErrorSummary message={log.error} />
      <p aria-live="polite">
        {log.value ? `${log.value.length} ${log.value.length === 1 ? 'entry' : 'entries'}.` : 'Loading…'}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1). */}
      <section className="table-wrap" tabIndex={0} aria-label="Abuse log entries">
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">When (UK)</th>
              <th scope="col">Who</th>
              <th scope="col">What they wrote</th>
              <th scope="col">Labels</th>
              <th scope="col">Done</th>
            </tr>
          </thead>
          <tbody>
            {(log.value ?? []).map((e) => (
              <tr key={e.id}>
                <td data-label="When">{formatLondon(e.repliedAt)}</td>
                <td data-label="Who">
                  {e.author}
                  <br />
                  <span className="muted">{accountLabel(accounts.get(e.accountId))}</span>
                </td>
                <td data-label="What they wrote" className="reply-text">
                  {e.text}
                </td>
                <td data-label="Labels">
                  <LabelBadges labels={e.labels} />
                </td>
                <td data-label="Done">{e.action.replaceAll('_', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
