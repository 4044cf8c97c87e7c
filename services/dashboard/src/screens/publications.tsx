// What went out, where, and what failed: every post with a publication, newest first.
import { useDraftNotices } from '../api/live.tsx';
import { loadDrafts, useAccounts, useLoad } from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { PublicationList } from '../components/publication-list.tsx';
import { RetryPublishing } from '../components/retry-publishing.tsx';
import { StateBadge } from '../components/state-badge.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { Link, useScreenTitle } from '../router.tsx';

export function PublicationsScreen() {
  useScreenTitle('Publications');
  const drafts = useLoad(loadDrafts, 'drafts');
  const accounts = useAccounts();
  useDraftNotices(() => drafts.reload());
  const accountMap = new Map((accounts.value ?? []).map((a) => [a.id, a]));
  const published = (drafts.value ?? []).filter((d) => d.publications.length > 0);
  return (
    <>
      <h1 tabIndex={-1}>Publications</h1>
      <ErrorSummary message={drafts.error} />
      {drafts.value && !published.length ? <p className="empty">Nothing has been published yet.</p> : null}
      <ul className="cards wide">
        {published.map((d) => (
          <li key={d.id} className="card">
            <Link href={`/drafts/${d.id}`} className="card-link">
              {d.text.length > 160 ? `${d.text.slice(0, 159)}…` : d.text}
            </Link>
            <p className="card-meta">
              <StateBadge state={d.state} /> Last change {formatLondon(d.updatedAt)}
            </p>
            <PublicationList publications={d.publications} accounts={accountMap} />
            <RetryPublishing draft={d} accounts={accountMap} onRetried={drafts.reload} />
          </li>
        ))}
      </ul>
    </>
  );
}
