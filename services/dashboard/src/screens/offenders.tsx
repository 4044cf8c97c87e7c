// Repeat offenders (§5): authors whose replies keep being labelled, with their history, so the
// headteacher can act (block, report, contact).
import { offenderSchema } from '../../../api/reply-schemas.ts';
import { api } from '../api/client.ts';
import { accountLabel, useAccounts, useLoad } from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { LabelBadges } from '../components/label-badges.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { useScreenTitle } from '../router.tsx';

export function OffendersScreen() {
  useScreenTitle('Offenders');
  const list = useLoad(
    (signal) => api('GET', '/api/offenders', offenderSchema.array(), undefined, signal),
    'offenders',
  );
  const accounts = new Map((useAccounts().value ?? []).map((a) => [a.id, a]));
  return (
    <>
      <h1 tabIndex={-1}>Offenders</h1>
      <p className="lead">People whose replies keep breaking the rules, per account.</p>
      <ErrorSummary message={list.error} />
      {list.value && !list.value.length ? (
        <p className="empty">No one’s replies have been labelled yet.</p>
      ) : null}
      <ul className="cards wide">
        {(list.value ?? []).map((o) => (
          <li key={o.id} className="card">
            <h2 className="card-title">
              {o.author} <span className="muted">on {accountLabel(accounts.get(o.accountId))}</span>
            </h2>
            <p className="card-meta">
              {o.count} labelled {o.count === 1 ? 'reply' : 'replies'} · first {formatLondon(o.firstSeenAt)} ·
              last {formatLondon(o.lastSeenAt)}
              {o.headteacherToldAt ? ` · headteacher told ${formatLondon(o.headteacherToldAt)}` : ''}
            </p>
            <p className="card-meta">
              <LabelBadges labels={o.labels} />
            </p>
            <details>
              <summary>History</summary>
              <ul>
                {o.history.map((h) => (
                  <li key={h.id}>
                    {formatLondon(h.repliedAt)}: “{h.text}” ({h.action.replaceAll('_', ' ')})
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
