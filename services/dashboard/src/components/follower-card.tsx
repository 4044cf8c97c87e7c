// One follower in the officer's review queue: who they are, what their name matches, and the
// decisions the platform allows (a button it cannot do says why).
import { useId } from 'react';
import type { z } from 'zod';
import {
  type followerDecisions,
  followerSchema,
  type followerStatuses,
} from '../../../api/follower-schemas.ts';
import { decisionRefusal } from '../../../domain/follower-decision.ts';
import { platformLabel } from '../../../domain/platform-names.ts';
import { api } from '../api/client.ts';
import { useAction } from '../api/use-action.ts';
import { accountAge } from '../lib/account-age.ts';
import { formatLondon } from '../lib/london-time.ts';
import { ErrorSummary } from './error-summary.tsx';

type Follower = z.output<typeof followerSchema>;
type Decision = (typeof followerDecisions)[number];
export type Status = (typeof followerStatuses)[number];

export const statusWords: Record<Status, { label: string; tone: string }> = {
  PENDING: { label: 'Waiting for you', tone: 'tone-attention' },
  APPROVED: { label: 'Approved', tone: 'tone-good' },
  REMOVED: { label: 'Removed', tone: 'tone-neutral' },
  BLOCKED: { label: 'Blocked', tone: 'tone-bad' },
};
const decisionWords: Record<Decision, string> = { approve: 'Approve', remove: 'Remove', block: 'Block' };

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

export function FollowerCard({
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
        {follower.accountHandle} on {platformLabel[follower.platform]} · seen{' '}
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
