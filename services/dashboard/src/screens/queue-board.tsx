// The queue: every draft the person may see, by state, with counts, kept live over SSE.
import { useState } from 'react';
import { useDraftNotices } from '../api/live.tsx';
import {
  type Account,
  accountLabel,
  type Draft,
  loadDrafts,
  useAccounts,
  useLoad,
} from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { StateBadge } from '../components/state-badge.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { photosToReview } from '../lib/photo.ts';
import { boardColumns, type DraftState, stateLabel } from '../lib/states.ts';
import { Link, useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

interface Filters {
  schoolId: string;
  accountId: string;
  author: 'anyone' | 'me';
}

function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: (readonly [string, string])[];
  onChange(value: string): void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

function DraftCard({
  draft,
  accounts,
  mine,
}: {
  draft: Draft;
  accounts: Map<string, Account>;
  mine: boolean;
}) {
  const blocks = draft.findings.filter((f) => f.severity === 'block').length;
  const warns = draft.findings.length - blocks;
  const photos = draft.media.length;
  const toReview = photosToReview(draft.media).filter((m) => m.state === 'REVIEW_REQUIRED').length;
  return (
    <li className="card">
      <Link href={`/drafts/${draft.id}`} className="card-link">
        {excerpt(draft.text)}
      </Link>
      <p className="card-meta">
        <StateBadge state={draft.state} />{' '}
        {mine ? <span className="mine">Yours</span> : <span>by {draft.authorName}</span>}
      </p>
      <p className="card-meta">{draft.accountIds.map((id) => accountLabel(accounts.get(id))).join(', ')}</p>
      {draft.scheduledAt ? <p className="card-meta">Goes out {formatLondon(draft.scheduledAt)}</p> : null}
      {photos ? (
        <p className="card-meta">
          <span className="photo-badge">{photos === 1 ? '1 photo' : `${photos} photos`}</span>
          {toReview ? <span className="severity severity-block"> Photo needs review</span> : null}
        </p>
      ) : null}
      {draft.findings.length ? (
        <p className="card-meta">
          {blocks ? <span className="severity severity-block">{blocks} to fix</span> : null}{' '}
          {warns ? <span className="severity severity-warn">{warns} to check</span> : null}
        </p>
      ) : null}
    </li>
  );
}

export function QueueBoard() {
  useScreenTitle('Queue');
  const session = useSession();
  const drafts = useLoad(loadDrafts, 'drafts');
  const accounts = useAccounts();
  const [filters, setFilters] = useState<Filters>({ schoolId: '', accountId: '', author: 'anyone' });
  const [announcement, setAnnouncement] = useState('');
  useDraftNotices((notice) => {
    drafts.reload();
    if (notice)
      setAnnouncement(`A post is now ${stateLabel[notice.state as DraftState]?.toLowerCase() ?? 'updated'}.`);
  });

  const accountMap = new Map((accounts.value ?? []).map((a) => [a.id, a]));
  const schools = session.me.memberships.filter(
    (m, i, all) => all.findIndex((o) => o.schoolId === m.schoolId) === i,
  );
  const shown = (drafts.value ?? []).filter(
    (d) =>
      (!filters.schoolId || d.schoolId === filters.schoolId) &&
      (!filters.accountId || d.accountIds.includes(filters.accountId)) &&
      (filters.author === 'anyone' || d.authorId === session.me.id),
  );
  const columns = boardColumns.map((column) => ({
    ...column,
    drafts: shown.filter((d) => column.states.includes(d.state)),
  }));
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <>
      <div className="screen-head">
        <h1 tabIndex={-1}>Queue</h1>
        {session.may('draft') ? (
          <Link href="/drafts/new" className="button primary push-end">
            New post
          </Link>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <form className="filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
        {schools.length > 1 ? (
          <SelectField
            id="filter-school"
            label="School"
            value={filters.schoolId}
            options={[['', 'All schools'], ...schools.map((m) => [m.schoolId, m.schoolName] as const)]}
            onChange={(schoolId) => set({ schoolId })}
          />
        ) : null}
        <SelectField
          id="filter-account"
          label="Account"
          value={filters.accountId}
          options={[
            ['', 'All accounts'],
            ...(accounts.value ?? []).map((a) => [a.id, accountLabel(a)] as const),
          ]}
          onChange={(accountId) => set({ accountId })}
        />
        <SelectField
          id="filter-author"
          label="Written by"
          value={filters.author}
          options={[
            ['anyone', 'Anyone'],
            ['me', 'Me'],
          ]}
          onChange={(author) => set({ author: author as Filters['author'] })}
        />
      </form>
      <ErrorSummary message={drafts.error} />
      <nav aria-label="Jump to a column" className="counts">
        <ul className="count-list">
          {columns.map((c) => (
            <li key={c.key}>
              <a href={`#col-${c.key}`}>
                {c.title} <span className="count">{c.drafts.length}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {drafts.value === undefined && !drafts.error ? <p>Loading the queue…</p> : null}
      <div className="board">
        {columns.map((c) => (
          <section
            key={c.key}
            id={`col-${c.key}`}
            className={c.drafts.length ? 'column' : 'column is-empty'}
            aria-labelledby={`col-${c.key}-title`}
          >
            <h2 id={`col-${c.key}-title`}>
              {c.title} <span className="count">{c.drafts.length}</span>
            </h2>
            {c.drafts.length ? (
              <ul className="cards">
                {c.drafts.map((d) => (
                  <DraftCard key={d.id} draft={d} accounts={accountMap} mine={d.authorId === session.me.id} />
                ))}
              </ul>
            ) : (
              <p className="empty">Nothing here.</p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
