// The officer's decision on exactly one version: acknowledge each warning, then approve the
// content hash shown, or return it with a comment, or reject it. Keyboard: Alt+Shift+A / R / J.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { draftSchema } from '../../../api/schemas.ts';
import { api, messageOf } from '../api/client.ts';
import type { Draft } from '../api/resources.ts';
import { photosToReview } from '../lib/photo.ts';
import { ErrorSummary } from './error-summary.tsx';

const shortcut = (event: KeyboardEvent, key: string) => event.altKey && event.shiftKey && event.code === key;

export function ReviewPanel({ draft, onDecided }: { draft: Draft; onDecided(draft: Draft): void }) {
  const warnings = [
    ...new Map(draft.findings.filter((f) => f.severity === 'warn').map((f) => [f.ruleId, f])).values(),
  ];
  const blocked = draft.findings.some((f) => f.severity === 'block');
  const photos = photosToReview(draft.media);
  const [acknowledged, setAcknowledged] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const commentBox = useRef<HTMLTextAreaElement>(null);
  const approveButton = useRef<HTMLButtonElement>(null);
  const allAcknowledged = warnings.every((w) => acknowledged.includes(w.ruleId));

  async function decide(path: 'approve' | 'return' | 'reject') {
    setError(undefined);
    if (path !== 'approve' && !comment.trim()) {
      setError('Write a comment the author can act on first.');
      commentBox.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const body =
        path === 'approve' ? { contentHash: draft.contentHash, acknowledged } : { reason: comment.trim() };
      onDecided(await api('POST', `/api/drafts/${draft.id}/${path}`, draftSchema, body));
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  const latest = useRef(decide);
  latest.current = decide;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (shortcut(event, 'KeyA')) {
        event.preventDefault();
        approveButton.current?.focus();
        if (!approveButton.current?.disabled) void latest.current('approve');
      } else if (shortcut(event, 'KeyR')) {
        event.preventDefault();
        void latest.current('return');
      } else if (shortcut(event, 'KeyJ')) {
        event.preventDefault();
        void latest.current('reject');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title">Your decision</h2>
      <ErrorSummary message={error} />
      {photos.length ? (
        <div className="needs-review">
          <p>
            <strong>
              {photos.length === 1 ? 'A photo needs' : `${photos.length} photos need`} your review before you
              can approve.
            </strong>
          </p>
          <ul>
            {photos.map((m) => (
              <li key={m.id}>
                <a href={`#photo-${m.id}`}>
                  Photo {draft.media.indexOf(m) + 1}:{' '}
                  {m.state === 'PENDING' ? 'still being blurred' : 'check the blurring, then confirm it'}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {warnings.length ? (
        <fieldset>
          <legend>Acknowledge each warning before approving</legend>
          {warnings.map((w) => (
            <label key={w.ruleId} className="check">
              <input
                type="checkbox"
                checked={acknowledged.includes(w.ruleId)}
                onChange={(e) =>
                  setAcknowledged((a) =>
                    e.target.checked ? [...a, w.ruleId] : a.filter((r) => r !== w.ruleId),
                  )
                }
              />
              <span>
                {w.message} <span className="clause">(Policy {w.clause})</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="hash">
        Approving exactly this version: <code>{draft.contentHash}</code>
      </p>
      <div className="actions">
        <button
          ref={approveButton}
          type="button"
          className="primary"
          disabled={busy || blocked || !allAcknowledged || photos.length > 0}
          aria-keyshortcuts="Alt+Shift+A"
          onClick={() => void decide('approve')}
        >
          Approve <kbd>Alt+Shift+A</kbd>
        </button>
      </div>
      {blocked ? (
        <p className="hint">Posts with something to fix cannot be approved; return it instead.</p>
      ) : null}
      <form onSubmit={(e: FormEvent) => e.preventDefault()}>
        <label htmlFor="review-comment">Comment for the author</label>
        <textarea
          id="review-comment"
          ref={commentBox}
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        <div className="actions">
          <button
            type="button"
            disabled={busy}
            aria-keyshortcuts="Alt+Shift+R"
            onClick={() => void decide('return')}
          >
            Return with comment <kbd>Alt+Shift+R</kbd>
          </button>
          <button
            type="button"
            className="danger"
            disabled={busy}
            aria-keyshortcuts="Alt+Shift+J"
            onClick={() => void decide('reject')}
          >
            Reject <kbd>Alt+Shift+J</kbd>
          </button>
        </div>
      </form>
    </section>
  );
}
