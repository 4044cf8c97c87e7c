// The school's accounts, and for the headteacher (or a trust admin) who may post to each (§3):
// revoke a person, or authorise again someone who was authorised before.
import { useState } from 'react';
import { authorisationSchema } from '../../../api/governance-schemas.ts';
import { can } from '../../../domain/actor.ts';
import { api, messageOf } from '../api/client.ts';
import { type Account, handleOf, platformLabel, useAccounts, useLoad } from '../api/resources.ts';
import { AccountConnection } from '../components/account-connection.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { Link, useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

function Authorisations({ account }: { account: Account }) {
  const path = `/api/accounts/${account.id}/authorisations`;
  const loaded = useLoad((signal) => api('GET', path, authorisationSchema.array(), undefined, signal), path);
  const [error, setError] = useState<string>();
  const change = async (call: Promise<unknown>) => {
    setError(undefined);
    try {
      await call;
      loaded.reload();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <h3>Who may post</h3>
      <ErrorSummary message={loaded.error ?? error} />
      <ul className="people">
        {(loaded.value ?? []).map((a) => (
          <li key={a.userId}>
            <span>
              <strong>{a.name}</strong> <span className="muted">{a.email}</span>
              <br />
              <span className="muted">
                {a.revokedAt ? `Revoked ${formatLondon(a.revokedAt)}` : `Since ${formatLondon(a.grantedAt)}`}
              </span>
            </span>
            {a.revokedAt ? (
              <button
                type="button"
                onClick={() => void change(api('POST', path, null, { userId: a.userId }))}
              >
                Authorise again<span className="visually-hidden"> {a.name}</span>
              </button>
            ) : (
              <button
                type="button"
                className="danger"
                onClick={() => void change(api('DELETE', `${path}/${a.userId}`, null))}
              >
                Revoke<span className="visually-hidden"> {a.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function AccountsScreen() {
  useScreenTitle('Accounts');
  const session = useSession();
  const accounts = useAccounts();
  const mayAuthorise = (account: Account) => can(session.actor, 'authoriseStaff', account.schoolId);
  return (
    <>
      <h1 tabIndex={-1}>Accounts</h1>
      {session.may('manageAccounts') ? (
        <p className="lead">
          To add an account, send the social media site creation approval (Appendix C) from{' '}
          <Link href="/forms">Forms</Link>. Once the marketing officer and the headteacher approve it, the
          account appears here for the ICT technician to connect.
        </p>
      ) : null}
      <ErrorSummary message={accounts.error} />
      <ul className="cards wide">
        {(accounts.value ?? []).map((a) => (
          <li key={a.id} className="card">
            <h2 className="card-title">
              {handleOf(a)} <span className="muted">{platformLabel[a.platform]}</span>
            </h2>
            <p className="card-meta">
              {session.schoolName(a.schoolId)} · {a.status.toLowerCase()} ·{' '}
              {a.mayPost ? 'You may post here' : 'You are not authorised to post here'}
            </p>
            <AccountConnection account={a} />
            {mayAuthorise(a) ? <Authorisations account={a} /> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
