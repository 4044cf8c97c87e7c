// The replies inbox (§2): what people wrote under the school's posts, what Gatepost found and
// hid, and the officer's decisions: unhide, confirm, or correct the labels.
import { useId, useState } from 'react';
import { replySchema } from '../../../api/reply-schemas.ts';
import { can } from '../../../domain/actor.ts';
import { REPLY_LABELS } from '../../../replies/reply-rules.ts';
import { api, messageOf } from '../api/client.ts';
import { accountLabel, useAccounts, useLoad } from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { LabelBadges } from '../components/label-badges.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { labelWords, moderationWords, type Reply } from '../lib/replies.ts';
import { useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

function Decisions({ reply, onChanged }: { reply: Reply; onChanged(): void }) {
  const id = useId();
  const [labels, setLabels] = useState<string[]>(reply.labels);
  const [relabelling, setRelabelling] = useState(false);
  const [error, setError] = useState<string>();
  const post = async (action: string, body: unknown) => {
    setError(undefined);
    try {
      await api('POST', `/api/replies/${reply.id}/${action}`, replySchema, body);
      setRelabelling(false);
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div className="actions">
      <ErrorSummary message={error} />
      {reply.hidden ? (
        <button type="button" onClick={() => void post('unhide', {})}>
          Unhide
        </button>
      ) : null}
      {reply.moderation === 'hide_by_hand' ? (
        <button
          type="button"
          className="primary"
          onClick={() => void post('confirm', { hiddenByHand: true })}
        >
          I have hidden it
        </button>
      ) : reply.labels.length ? (
        <button type="button" onClick={() => void post('confirm', {})}>
          Labels are right
        </button>
      ) : null}
      <button
        type="button"
        className="quiet"
        aria-expanded={relabelling}
        onClick={() => setRelabelling((r) => !r)}
      >
        Change labels
      </button>
      {relabelling ? (
        <fieldset className="relabel">
          <legend>Labels for this reply</legend>
          {REPLY_LABELS.map((l) => (
            <label key={l} className="check" htmlFor={`${id}-${l}`}>
              <input
                id={`${id}-${l}`}
                type="checkbox"
                checked={labels.includes(l)}
                onChange={(e) =>
                  setLabels((all) => (e.target.checked ? [...all, l] : all.filter((o) => o !== l)))
                }
              />
              {labelWords[l]}
            </label>
          ))}
          <button type="button" className="primary" onClick={() => void post('relabel', { labels })}>
            Save labels
          </button>
        </fieldset>
      ) : null}
    </div>
  );
}

export function RepliesScreen() {
  useScreenTitle('Replies');
  const session = useSession();
  const [label, setLabel] = useState('');
  const path = `/api/replies${label ? `?label=${label}` : ''}`;
  const replies = useLoad((signal) => api('GET', path, replySchema.array(), undefined, signal), path);
  const accounts = new Map((useAccounts().value ?? []).map((a) => [a.id, a]));
  const mayModerate = (accountId: string) => {
    const account = accounts.get(accountId);
    return !!account && can(session.actor, 'moderateReplies', account.schoolId);
  };
  return (
    <>
      <h1 tabIndex={-1}>Replies</h1>
      <p className="lead">Replies to the school’s posts. Gatepost hides what breaks the rules and logs it.</p>
      <form className="filters" aria-label="Filter the replies" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="reply-label">Show</label>
          <select id="reply-label" value={label} onChange={(e) => setLabel(e.target.value)}>
            <option value="">All replies</option>
            {REPLY_LABELS.map((l) => (
              <option key={l} value={l}>
                {labelWords[l]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <ErrorSummary message={replies.error} />
      <p aria-live="polite">
        {replies.value
          ? `${replies.value.length} ${replies.value.length === 1 ? 'reply' : 'replies'}.`
          : 'Loading…'}
      </p>
      <ul className="cards wide">
        {(replies.value ?? []).map((r) => (
          <li key={r.id} className={`card reply${r.hidden ? ' is-hidden' : ''}`}>
            <p className="card-meta">
              <strong>{r.author}</strong> on {accountLabel(accounts.get(r.accountId))} ·{' '}
              {formatLondon(r.repliedAt)}
            </p>
            <blockquote className="reply-text">{r.text}</blockquote>
            <p className="card-meta">
              <LabelBadges labels={r.classified ? r.labels : []} />{' '}
              <span className="moderation">
                {r.classified ? moderationWords[r.moderation] : 'Being checked…'}
              </span>
            </p>
            {mayModerate(r.accountId) && r.classified ? (
              <Decisions reply={r} onChanged={replies.reload} />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
