// The school's accounts, and for the headteacher (or a trust admin) who may post to each (§3):
// authorise a colleague by their school email, revoke a person, or authorise again someone who
// was authorised before.
import { type FormEvent, useState } from 'react';
import { authorisationSchema } from '../../../api/governance-schemas.ts';
import { can } from '../../../domain/actor.ts';
import { api, messageOf } from '../api/client.ts';
import { type Account, handleOf, platformLabel, useAccounts, useLoad } from '../api/resources.ts';
import { useAction } from '../api/use-action.ts';
import { AccountConnection } from '../components/account-connection.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SubmitRow } from '../components/submit-row.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { Link, useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

// §3: nobody posts untrained, so the headteacher says when the colleague was trained.
function AuthoriseColleague({ account, onAuthorised }: { account: Account; onAuthorised(): void }) {
  const { busy, error, setError, run } = useAction();
  const [done, setDone] = useState('');
  const prefix = `authorise-${account.id}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    const element = event.currentTarget;
    const form = new FormData(element);
    const email = String(form.get('email') ?? '').trim();
    const trainedAt = String(form.get('trainedAt') ?? '');
    if (!email) return setError('Give the colleague’s school email address.');
    if (!trainedAt)
      return setError('Give the date they were trained on the platform and the social media policy.');
    return run(async () => {
      const rows = await api(
        'POST',
        `/api/accounts/${account.id}/authorisations`,
        authorisationSchema.array(),
        {
          email,
          trainedAt,
        },
      );
      const who = rows.find((r) => r.email === email.toLowerCase());
      element.reset();
      setDone(`${who?.name ?? email} may now post to ${handleOf(account)}.`);
      onAuthorised();
    });
  };
  return (
    <form
      className="connect-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Authorise a colleague to post to ${handleOf(account)}`}
    >
      <h4>Authorise a colleague</h4>
      <p className="hint">
        They need a Gatepost sign-in at this school as staff (or another role that writes posts).
      </p>
      <label htmlFor={`${prefix}-email`}>Their school email address</label>
      <input id={`${prefix}-email`} name="email" type="email" autoComplete="off" spellCheck={false} />
      <label htmlFor={`${prefix}-trained`}>Trained on the platform and the policy on</label>
      <input id={`${prefix}-trained`} name="trainedAt" type="date" />
      <SubmitRow busy={busy} label="Authorise" busyLabel="Authorising…" error={error} done={done} />
    </form>
  );
}

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
      <AuthoriseColleague account={account} onAuthorised={loaded.reload} />
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
