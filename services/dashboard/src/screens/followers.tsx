// Followers (§2: the marketing officer vets and approves followers): who follows each school
// account, what is known about them, a warning when their name is a pupil's or a member of
// staff's, and approve / remove / block where the platform's API allows — otherwise the button
// says why it cannot.
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import { followerAccountSchema, followerSchema } from '../../../api/follower-schemas.ts';
import { can } from '../../../domain/actor.ts';
import { platformLabel } from '../../../domain/platform-names.ts';
import { api } from '../api/client.ts';
import { useAccounts, useLoad } from '../api/resources.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { FollowerCard, type Status, statusWords } from '../components/follower-card.tsx';
import { SubmitRow } from '../components/submit-row.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

type FollowerAccount = z.output<typeof followerAccountSchema>;

/** Demo mode: someone "follows" the sandbox account, to practise vetting. */
function SandboxFollow({ accountId, onFollowed }: { accountId: string; onFollowed(): void }) {
  const id = useId();
  const action = useAction();
  const [handle, setHandle] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [bio, setBio] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await api('POST', `/api/sandbox/accounts/${encodeURIComponent(accountId)}/followers`, null, {
        handle,
        displayName,
        ...(bio.trim() ? { bio } : {}),
      });
      setHandle('');
      setDisplayName('');
      setBio('');
      onFollowed();
    });
  };
  return (
    <details className="sandbox-follow">
      <summary>Practise: someone follows this account</summary>
      <form onSubmit={submit} aria-label="Someone follows the sandbox account">
        <div className="field">
          <label htmlFor={`${id}-handle`}>Their handle</label>
          <input id={`${id}-handle`} value={handle} onChange={(e) => setHandle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Their display name</label>
          <input id={`${id}-name`} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-bio`}>Their bio (optional)</label>
          <input id={`${id}-bio`} value={bio} onChange={(e) => setBio(e.target.value)} />
        </div>
        <SubmitRow busy={action.busy} label="Add this follower" busyLabel="Adding…" error={action.error} />
      </form>
    </details>
  );
}

function AccountStatus({
  account,
  mayPoll,
  onPolled,
}: {
  account: FollowerAccount;
  mayPoll: boolean;
  onPolled(): void;
}) {
  const action = useAction();
  // While a check runs in the background: when the account was last checked before it (null: never).
  const [checkingSince, setCheckingSince] = useState<string | null>();
  useEffect(() => {
    if (checkingSince === undefined) return;
    if (account.lastPolledAt !== checkingSince) {
      setCheckingSince(undefined);
      onPolled();
      return;
    }
    const timer = setTimeout(onPolled, 1000);
    return () => clearTimeout(timer);
  }, [checkingSince, account.lastPolledAt, onPolled]);
  const checkNow = () =>
    action.run(async () => {
      await api('POST', '/api/followers/poll', null, { accountId: account.accountId });
      setCheckingSince(account.lastPolledAt);
    });
  return (
    <li className="card">
      <h2 className="card-title">
        {account.handle} <span className="muted">on {platformLabel[account.platform]}</span>
      </h2>
      <p className="hint">{account.note}</p>
      {account.listsFollowers ? (
        <p className="card-meta">
          {account.lastPolledAt ? `Last checked ${formatLondon(account.lastPolledAt)}.` : 'Not checked yet.'}
          {account.lastError ? ` The last check failed: ${account.lastError}` : ''}
        </p>
      ) : null}
      <ErrorSummary message={action.error} />
      {account.platform === 'SANDBOX' && mayPoll ? (
        <SandboxFollow
          accountId={account.accountId}
          onFollowed={() => setCheckingSince(account.lastPolledAt)}
        />
      ) : null}
      {account.listsFollowers && mayPoll ? (
        <div className="actions">
          <button
            type="button"
            disabled={action.busy || checkingSince !== undefined}
            onClick={() => void checkNow()}
          >
            Check for new followers
          </button>
          <p role="status">
            {checkingSince !== undefined ? `Checking ${account.handle} for new followers…` : ''}
          </p>
        </div>
      ) : null}
    </li>
  );
}

export function FollowersScreen() {
  useScreenTitle('Followers');
  const session = useSession();
  const [status, setStatus] = useState<Status | ''>('PENDING');
  const path = `/api/followers${status ? `?status=${status}` : ''}`;
  const followers = useLoad((signal) => api('GET', path, followerSchema.array(), undefined, signal), path);
  const accounts = useLoad(
    (signal) => api('GET', '/api/followers/accounts', followerAccountSchema.array(), undefined, signal),
    'follower-accounts',
  );
  const schoolOf = new Map((useAccounts().value ?? []).map((a) => [a.id, a.schoolId]));
  const mayModerate = (accountId: string) => {
    const schoolId = schoolOf.get(accountId);
    return !!schoolId && can(session.actor, 'moderateReplies', schoolId);
  };
  const { reload: reloadFollowers } = followers;
  const { reload: reloadAccounts } = accounts;
  const reload = useCallback(() => {
    reloadFollowers();
    reloadAccounts();
  }, [reloadFollowers, reloadAccounts]);
  return (
    <>
      <h1 tabIndex={-1}>Followers</h1>
      <p className="lead">
        Who follows the school’s accounts. Approve the people who should, and remove or block anyone who
        should not; a follower whose name matches a pupil or a member of staff is marked.
      </p>
      <ErrorSummary message={accounts.error} />
      <ul className="cards follower-accounts" aria-label="Accounts">
        {(accounts.value ?? []).map((a) => (
          <AccountStatus key={a.accountId} account={a} mayPoll={mayModerate(a.accountId)} onPolled={reload} />
        ))}
      </ul>
      <form className="filters" aria-label="Filter the followers" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="follower-status">Show</label>
          <select
            id="follower-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as Status | '')}
          >
            {(Object.keys(statusWords) as Status[]).map((s) => (
              <option key={s} value={s}>
                {statusWords[s].label}
              </option>
            ))}
            <option value="">Everyone</option>
          </select>
        </div>
      </form>
      <ErrorSummary message={followers.error} />
      <p aria-live="polite">
        {followers.value
          ? `${followers.value.length} ${followers.value.length === 1 ? 'follower' : 'followers'}.`
          : 'Loading…'}
      </p>
      <ul className="cards wide">
        {(followers.value ?? []).map((f) => (
          <FollowerCard key={f.id} follower={f} mayDecide={mayModerate(f.accountId)} onDecided={reload} />
        ))}
      </ul>
    </>
  );
}
