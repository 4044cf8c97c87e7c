// The school's accounts, and for the headteacher (or a trust admin) who may post to each (§3):
// invite a colleague, authorise one by their school email, revoke a person, or authorise again
// someone who was authorised before.
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { authorisationSchema } from '../../../api/governance-schemas.ts';
import { can } from '../../../domain/actor.ts';
import { api, messageOf } from '../api/client.ts';
import { type Account, handleOf, platformLabel, useAccounts, useLoad } from '../api/resources.ts';
import { useAction } from '../api/use-action.ts';
import { AccountConnection } from '../components/account-connection.tsx';
import {
  answersTo,
  ColleagueEmail,
  noColleagueEmail,
  noTrainingDate,
  TrainingDate,
} from '../components/colleague-fields.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { InviteColleague } from '../components/invite-colleague.tsx';
import { SubmitRow } from '../components/submit-row.tsx';
import { formatLondon, formatLondonDay } from '../lib/london-time.ts';
import { Link, useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

function AuthoriseColleague({ account, onAuthorised }: { account: Account; onAuthorised(): void }) {
  const { busy, error, setError, run } = useAction();
  const [done, setDone] = useState('');
  const prefix = `authorise-${account.id}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    const element = event.currentTarget;
    const read = answersTo(element, { email: noColleagueEmail, trainedAt: noTrainingDate });
    if ('missing' in read) return setError(read.missing);
    const { email, trainedAt } = read.answers;
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
      <ColleagueEmail id={`${prefix}-email`} />
      <TrainingDate id={`${prefix}-trained`} />
      <SubmitRow busy={busy} label="Authorise" busyLabel="Authorising…" error={error} done={done} />
    </form>
  );
}

type Authorisation = z.output<typeof authorisationSchema>;

// Someone revoked comes back only with the date of their latest training: sent as asked, so a
// lapsed training shows as lapsed instead of being recorded as today.
function AuthoriseAgain({
  path,
  person,
  onAuthorised,
}: {
  path: string;
  person: Authorisation;
  onAuthorised(message: string): void;
}) {
  const [open, setOpen] = useState(false);
  const { busy, error, setError, run } = useAction();
  const id = `again-${person.userId}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = answersTo(event.currentTarget, { trainedAt: noTrainingDate });
    if ('missing' in read) return setError(read.missing);
    const { trainedAt } = read.answers;
    return run(async () => {
      await api('POST', path, authorisationSchema.array(), { userId: person.userId, trainedAt });
      onAuthorised(`${person.name} may post again, trained on ${formatLondonDay(trainedAt)}.`);
    });
  };
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
          setError(undefined);
        }}
      >
        {open ? 'Cancel' : 'Authorise again'}
        <span className="visually-hidden"> {person.name}</span>
      </button>
      {open ? (
        <form
          id={id}
          className="connect-form again-form"
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label={`Authorise ${person.name} again`}
        >
          <TrainingDate id={`${id}-trained`} />
          <SubmitRow busy={busy} label="Authorise again" busyLabel="Authorising…" error={error} />
        </form>
      ) : null}
    </>
  );
}

function Authorisations({ account }: { account: Account }) {
  const path = `/api/accounts/${account.id}/authorisations`;
  const loaded = useLoad((signal) => api('GET', path, authorisationSchema.array(), undefined, signal), path);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const revoke = async (userId: string) => {
    setError(undefined);
    setDone('');
    try {
      await api('DELETE', `${path}/${userId}`, null);
      loaded.reload();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <h3>Who may post</h3>
      <ErrorSummary message={loaded.error ?? error} />
      <p role="status" className={done ? 'done' : 'visually-hidden'}>
        {done}
      </p>
      <ul className="people">
        {(loaded.value ?? []).map((a) => (
          <li key={a.userId}>
            <span>
              <strong>{a.name}</strong> <span className="muted">{a.email}</span>
              <br />
              <span className="muted">
                {a.revokedAt ? `Revoked ${formatLondon(a.revokedAt)}` : `Since ${formatLondon(a.grantedAt)}`}
                {` · trained ${formatLondonDay(a.trainedAt)}`}
                {Date.parse(a.trainingLapsesAt) < Date.now()
                  ? `, lapsed ${formatLondonDay(a.trainingLapsesAt)}`
                  : ''}
              </span>
            </span>
            {a.revokedAt ? (
              <AuthoriseAgain
                path={path}
                person={a}
                onAuthorised={(message) => {
                  setError(undefined);
                  setDone(message);
                  loaded.reload();
                }}
              />
            ) : (
              <button type="button" className="danger" onClick={() => void revoke(a.userId)}>
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
      <InviteColleague />
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
