// One post: where it is in the gate, what the checks found and where, what the author can do
// next, and — for the officer — the decision. Updates itself as workers move it along.
import { useState } from 'react';
import { draftSchema } from '../../../api/schemas.ts';
import { can } from '../../../domain/actor.ts';
import { api, messageOf } from '../api/client.ts';
import { useDraftNotices } from '../api/live.tsx';
import { accountLabel, type Draft, loadDraft, useAccounts, useLoad } from '../api/resources.ts';
import { DraftPhotos } from '../components/draft-photos.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { FindingList, findingSummary, MarkedText } from '../components/findings.tsx';
import { OfficerComment } from '../components/officer-comment.tsx';
import { PublicationList } from '../components/publication-list.tsx';
import { RetryPublishing } from '../components/retry-publishing.tsx';
import { ReviewPanel } from '../components/review-panel.tsx';
import { StateBadge } from '../components/state-badge.tsx';
import { VersionChanges } from '../components/version-changes.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { mayEdit, maySubmit, mayWithdraw } from '../lib/states.ts';
import { Link, navigate, useScreenTitle } from '../router.tsx';
import { useSession } from '../session.tsx';

/** States in which the marketing officer may still fix a photo's blurring. */
const photoReviewStates: Draft['state'][] = [
  'SUBMITTED',
  'CHECKING',
  'CHANGES_REQUIRED',
  'AWAITING_APPROVAL',
];

const explain: Partial<Record<Draft['state'], string>> = {
  SUBMITTED: 'Being checked against the policy. This page updates by itself.',
  CHECKING: 'Being checked against the policy. This page updates by itself.',
  CHANGES_REQUIRED: 'The checks found something that must be fixed before this can be approved.',
  AWAITING_APPROVAL: 'Waiting for the marketing officer to approve it.',
  RETURNED: 'The marketing officer returned this with a comment: edit it and submit again.',
  APPROVED: 'Approved: it will be published shortly.',
  SCHEDULED: 'Approved and scheduled.',
  PUBLISHED: 'Published.',
  FAILED: 'Publishing failed. The marketing officer has been told.',
  REJECTED: 'The marketing officer rejected this post.',
};

function AuthorActions({ draft, onChanged }: { draft: Draft; onChanged(draft: Draft): void }) {
  const [error, setError] = useState<string>();
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const run = async (call: () => Promise<Draft>) => {
    setError(undefined);
    try {
      onChanged(await call());
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div className="actions">
      <ErrorSummary message={error} />
      {mayEdit(draft.state) ? (
        <Link className="button" href={`/drafts/${draft.id}/edit`}>
          Edit
        </Link>
      ) : null}
      {maySubmit(draft.state) ? (
        <button
          type="button"
          className="primary"
          onClick={() => void run(() => api('POST', `/api/drafts/${draft.id}/submit`, draftSchema))}
        >
          Submit for approval
        </button>
      ) : null}
      {mayWithdraw(draft.state) && !confirmWithdraw ? (
        <button type="button" className="quiet" onClick={() => setConfirmWithdraw(true)}>
          Withdraw…
        </button>
      ) : null}
      {confirmWithdraw ? (
        <button
          type="button"
          className="danger"
          onClick={() => void run(() => api('DELETE', `/api/drafts/${draft.id}`, draftSchema))}
        >
          Yes, withdraw this post
        </button>
      ) : null}
    </div>
  );
}

function TakedownConfirm({ draft, onChanged }: { draft: Draft; onChanged(draft: Draft): void }) {
  const [error, setError] = useState<string>();
  const confirm = async () => {
    setError(undefined);
    try {
      onChanged(await api('POST', `/api/drafts/${draft.id}/takedown`, draftSchema));
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <div className="needs-review">
      <p>
        <strong>Consent behind this post has changed.</strong> Take it down from every account it went to.
      </p>
      <ErrorSummary message={error} />
      <button type="button" className="danger" onClick={() => void confirm()}>
        Take the post down
      </button>
    </div>
  );
}

export function DraftScreen({ draftId }: { draftId: string }) {
  useScreenTitle('Post');
  const session = useSession();
  const loaded = useLoad((signal) => loadDraft(draftId, signal), draftId);
  const accounts = useAccounts();
  const [fresh, setFresh] = useState<Draft>();
  useDraftNotices((notice) => {
    if (!notice || notice.id === draftId) loaded.reload();
  });
  const draft = fresh && loaded.value && fresh.updatedAt > loaded.value.updatedAt ? fresh : loaded.value;

  if (loaded.error) {
    return (
      <>
        <h1 tabIndex={-1}>Post</h1>
        <ErrorSummary message={loaded.error} />
        <Link href="/">Back to the queue</Link>
      </>
    );
  }
  if (!draft) return <h1 tabIndex={-1}>Loading the post…</h1>;
  const accountMap = new Map((accounts.value ?? []).map((a) => [a.id, a]));
  const mine = draft.authorId === session.me.id;
  const reviewer = !mine && can(session.actor, 'review', draft.schoolId);
  const reviewing = reviewer && draft.state === 'AWAITING_APPROVAL';
  const changed = (next: Draft) => {
    setFresh(next);
    if (next.state === 'WITHDRAWN') navigate('/');
  };

  return (
    <>
      <p className="back">
        <Link href="/">← Queue</Link>
      </p>
      <div className="screen-head">
        <h1 tabIndex={-1}>{mine ? 'Your post' : 'Post'}</h1>
        <StateBadge state={draft.state} />
      </div>
      {explain[draft.state] ? <p className="lead">{explain[draft.state]}</p> : null}
      <OfficerComment returned={draft.returned} />
      <div className="draft-layout">
        <div>
          <dl className="facts">
            <dt>Accounts</dt>
            <dd>{draft.accountIds.map((id) => accountLabel(accountMap.get(id))).join(', ')}</dd>
            <dt>Goes out</dt>
            <dd>
              {draft.scheduledAt ? `${formatLondon(draft.scheduledAt)} (UK time)` : 'As soon as approved'}
            </dd>
            <dt>Written by</dt>
            <dd>{mine ? 'You' : draft.authorName}</dd>
            <dt>Last changed</dt>
            <dd>{formatLondon(draft.updatedAt)}</dd>
          </dl>
          {reviewer ? <VersionChanges draft={draft} accounts={accountMap} /> : null}
          <h2>The post</h2>
          <div className="post-text">
            <MarkedText text={draft.text} findings={draft.findings} />
          </div>
          <DraftPhotos
            draft={draft}
            reviewer={reviewer && photoReviewStates.includes(draft.state)}
            onChanged={loaded.reload}
          />
          {mine ? <AuthorActions draft={draft} onChanged={changed} /> : null}
          {draft.state === 'TAKEDOWN_REQUESTED' && can(session.actor, 'review', draft.schoolId) ? (
            <TakedownConfirm draft={draft} onChanged={changed} />
          ) : null}
          {draft.publications.length ? (
            <>
              <h2>Publications</h2>
              <PublicationList publications={draft.publications} accounts={accountMap} />
              <RetryPublishing draft={draft} accounts={accountMap} onRetried={loaded.reload} />
            </>
          ) : null}
        </div>
        <div>
          <h2>Policy check</h2>
          {['DRAFT', 'SUBMITTED', 'CHECKING'].includes(draft.state) ? (
            <p>The checks run when the post is submitted.</p>
          ) : (
            <>
              <p>{findingSummary(draft.findings)}</p>
              <FindingList findings={draft.findings} text={draft.text} />
            </>
          )}
          {reviewing ? <ReviewPanel key={draft.contentHash} draft={draft} onDecided={changed} /> : null}
        </div>
      </div>
    </>
  );
}
