import { type Account, accountLabel, type Draft } from '../api/resources.ts';
import { Link } from '../router.tsx';

const publicationLabel: Record<string, string> = {
  PENDING: 'Waiting',
  PUBLISHING: 'Publishing',
  PUBLISHED: 'Published',
  FAILED: 'Failed',
  TAKEN_DOWN: 'Taken down',
};

export function PublicationList({
  publications,
  accounts,
}: {
  publications: Draft['publications'];
  accounts: Map<string, Account>;
}) {
  return (
    <ul className="publications">
      {publications.map((p) => (
        <li key={p.accountId}>
          <span>{accountLabel(accounts.get(p.accountId))}</span>{' '}
          <span
            className={`badge tone-${p.state === 'FAILED' ? 'bad' : p.state === 'PUBLISHED' ? 'good' : 'busy'}`}
          >
            {publicationLabel[p.state] ?? p.state}
          </span>
          {accounts.get(p.accountId)?.platform === 'sandbox' && p.platformPostId ? (
            <>
              {' '}
              {/* The sandbox "platform" is Gatepost itself: its posts are listed on a dashboard page. */}
              <Link href={`/sandbox/${p.accountId}#post-${p.platformPostId}`}>
                View the post
                <span className="visually-hidden"> on {accountLabel(accounts.get(p.accountId))}</span>
              </Link>
            </>
          ) : p.url ? (
            <>
              {' '}
              <a href={p.url} rel="noreferrer noopener" target="_blank">
                View the post
                <span className="visually-hidden"> on {accountLabel(accounts.get(p.accountId))}</span>
              </a>
            </>
          ) : null}
          {p.error ? <p className="error-text">Why it failed: {p.error}</p> : null}
        </li>
      ))}
    </ul>
  );
}
