// Safeguarding concerns (§8), for the people they were sent to: the DSL, the headteacher, the
// trust. Acknowledge one to stop the reminders; record what was done.
import { useEffect, useId, useState } from 'react';
import { escalationSchema } from '../../../api/reply-schemas.ts';
import { api, messageOf } from '../api/client.ts';
import { accountLabel, useAccounts, useLoad } from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { routeWords } from '../lib/replies.ts';
import { useScreenTitle } from '../router.tsx';

type Escalation = ReturnType<typeof escalationSchema.parse>;

function Handling({ escalation, onChanged }: { escalation: Escalation; onChanged(): void }) {
  const id = useId();
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string>();
  const post = async (action: string, body: unknown) => {
    setError(undefined);
    try {
      await api('POST', `/api/escalations/${escalation.id}/${action}`, escalationSchema, body);
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <ErrorSummary message={error} />
      {escalation.acknowledgedAt ? (
        <p className="card-meta">Acknowledged {formatLondon(escalation.acknowledgedAt)}</p>
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void post('acknowledge', {})}>
            Acknowledge
          </button>
          <span className="muted">
            Reminders go out if nobody acknowledges by {formatLondon(escalation.dueAt)}.
          </span>
        </div>
      )}
      {escalation.outcome ? (
        <p>
          <strong>Outcome:</strong> {escalation.outcome}
        </p>
      ) : (
        <>
          <label htmlFor={`${id}-outcome`}>What was done</label>
          <textarea
            id={`${id}-outcome`}
            rows={2}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
          />
          <div className="actions">
            <button type="button" onClick={() => void post('outcome', { outcome })}>
              Record the outcome
            </button>
          </div>
        </>
      )}
    </>
  );
}

/** `focusId`: the concern an email linked to (the email itself says nothing of it). */
export function EscalationsScreen({ focusId }: { focusId?: string | undefined }) {
  useScreenTitle('Escalations');
  const list = useLoad(
    (signal) => api('GET', '/api/escalations', escalationSchema.array(), undefined, signal),
    'escalations',
  );
  const accounts = new Map((useAccounts().value ?? []).map((a) => [a.id, a]));
  useEffect(() => {
    if (focusId && list.value) document.getElementById(`escalation-${focusId}`)?.scrollIntoView();
  }, [focusId, list.value]);
  return (
    <>
      <h1 tabIndex={-1}>Escalations</h1>
      <p className="lead">
        Safeguarding concerns sent to you. Only the people they were sent to can see them.
      </p>
      <ErrorSummary message={list.error} />
      {list.value && !list.value.length ? <p className="empty">No concerns have been sent to you.</p> : null}
      <ul className="cards wide">
        {(list.value ?? []).map((e) => (
          <li
            key={e.id}
            id={`escalation-${e.id}`}
            className={`card escalation${e.acknowledgedAt ? '' : ' is-open'}${e.id === focusId ? ' is-linked' : ''}`}
          >
            <p className="card-meta">
              <span className={`badge ${e.acknowledgedAt ? 'tone-neutral' : 'tone-bad'}`}>
                {e.acknowledgedAt ? 'Acknowledged' : 'Needs acknowledging'}
              </span>{' '}
              Sent to {routeWords[e.route]} · raised {formatLondon(e.createdAt)}
            </p>
            <p className="card-meta">
              <strong>{e.reply.author}</strong> replied on {accountLabel(accounts.get(e.reply.accountId))} at{' '}
              {formatLondon(e.reply.repliedAt)}:
            </p>
            <blockquote className="reply-text">{e.reply.text}</blockquote>
            {e.reply.findings.length ? (
              <ul>
                {e.reply.findings.map((f) => (
                  <li key={`${f.ruleId}-${f.span?.join('-') ?? ''}`}>
                    {f.message} <span className="clause">(Policy {f.clause})</span>
                  </li>
                ))}
              </ul>
            ) : null}
            <Handling escalation={e} onChanged={list.reload} />
          </li>
        ))}
      </ul>
    </>
  );
}
