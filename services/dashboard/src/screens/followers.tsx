// Followers (§2: the marketing officer vets and approves followers): who follows each school
// account, what is known about them, a warning when their name is a pupil's or a member of
// staff's, and approve / remove / block where the platform's API allows — otherwise the button
// says why it cannot.
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import type { z } from 'zod';
import {
  followerAccountSchema,
  type followerDecisions,
  followerSchema,
  type followerStatuses,
} from '../../../api/follower-schemas.ts';
import { can } from '../../../domain/actor.ts';
import { decisionRefusal } from '../../../domain/follower-decision.ts';
import { api } from '../api/client.ts';
import { useAccounts, useLoad } from '../api/resources.ts';
import { useAction } from '../api/use-action.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SubmitRow } from '../components/submit-row.tsx';
import { accountAge } from '../lib/account-age.ts';
import { formatLondon } from '../lib/london-time.ts';
import { useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

type Follower = z.output<typeof followerSchema>;
type FollowerAccount = z.output<typeof followerAccountSchema>;
type Decision = (typeof followerDecisions)[number];
type Status = (typeof followerStatuses)[number];

const statusWords: Record<Status, { label: string; tone: string }> = {
  PENDING: { label: 'Waiting for you', tone: 'tone-attention' },
  APPROVED: { label: 'Approved', tone: 'tone-good' },
  REMOVED: { label: 'Removed', tone: 'tone-neutral' },
  BLOCKED: { label: 'Blocked', tone: 'tone-bad' },
};
const decisionWords: Record<Decision, string> = { approve: 'Approve', remove: 'Remove', block: 'Block' };
const platformNames: Record<string, string> = {
  SANDBOX: 'Sandbox',
  X: 'X',
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
};

function NameWarnings({ follower }: { follower: Follower }) {
  if (!follower.nameMatches.length) return null;
  return (
    <ul className="name-warnings">
      {follower.nameMatches.map((m) => (
        <li key={`${m.kind}-${m.name}`}>
          <span className={`badge ${m.level === 'full' ? 'tone-bad' : 'tone-attention'}`}>
            {m.level === 'full'
              ? `Name matches ${m.kind === 'pupil' ? 'pupil' : 'staff member'} ${m.name}`
              : `First name of a pupil: ${m.name}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Decisions({ follower, onDecided }: { follower: Follower; onDecided(): void }) {
  const id = useId();
  const action = useAction();
  const decide = (decision: Decision) =>
    action.run(async () => {
      await api('POST', `/api/followers/${follower.id}/decision`, followerSchema, { decision });
      onDecided();
    });
  const offered = (['approve', 'remove', 'block'] as const).filter(
    (d) => decisionRefusal(follower.status, d) === null,
  );
  if (!offered.length) return null;
  return (
    <div className="actions follower-actions">
      <ErrorSummary message={action.error} />
      {offered.map((d) => {
        const { available, note } = follower.actions[d];
        return (
          <div key={d} className="follower-action">
            <button
              type="button"
              className={d === 'approve' ? 'primary' : d === 'block' ? 'danger' : undefined}
              disabled={!available || action.busy}
              aria-describedby={note ? `${id}-${d}` : undefined}
              onClick={() => void decide(d)}
            >
              {decisionWords[d]}
            </button>
            {note ? (
              <p id={`${id}-${d}`} className="hint">
                {available ? note : `Not available: ${note}`}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

function FollowerCard({
  follower,
  mayDecide,
  onDecided,
}: {
  follower: Follower;
  mayDecide: boolean;
  onDecided(): void;
}) {
  const age = accountAge(follower.accountCreatedAt);
  const status = statusWords[follower.status];
  return (
    <li
      className={`card follower${follower.nameMatches.some((m) => m.level === 'full') ? ' is-flagged' : ''}`}
    >
      <h2 className="card-title">
        {follower.displayName} <span className="muted">{follower.handle}</span>
      </h2>
      <p className="card-meta">
        <span className={`badge ${status.tone}`}>{status.label}</span>{' '}
        {follower.isRequest ? <span className="badge tone-busy">Asks to follow</span> : null} following{' '}
        {follower.accountHandle} on {platformNames[follower.platform] ?? follower.platform} · seen{' '}
        {formatLondon(follower.firstSeenAt)}
      </p>
      <NameWarnings follower={follower} />
      <p className="card-meta">
        {age.words}
        {age.isNew ? (
          <>
            {' '}
            <span className="badge tone-attention">New account</span>
          </>
        ) : null}
      </p>
      {follower.bio ? (
        <blockquote className="reply-text">{follower.bio}</blockquote>
      ) : (
        <p className="muted">No bio.</p>
      )}
      {follower.decidedAt ? <p className="card-meta">Decided {formatLondon(follower.decidedAt)}</p> : null}
      {mayDecide ? <Decisions follower={follower} onDecided={onDecided} /> : null}
    </li>
  );
}

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
        {account.handle}{' '}
        <span className="muted">on {platformNames[account.platform] ?? account.platform}</span>
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
