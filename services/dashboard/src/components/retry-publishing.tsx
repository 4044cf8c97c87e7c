// A post that failed to publish (the reason sits beside each failed account in the publication
// list): one "Try again" once the cause is fixed (reconnected account, restored consent). Publications already out are left
// alone by the API, so nothing is posted twice.
import { draftSchema } from '../../../api/schemas.ts';
import { can } from '../../../domain/actor.ts';
import { api } from '../api/client.ts';
import { type Account, accountLabel, type Draft } from '../api/resources.ts';
import { useAction } from '../api/use-action.ts';
import { useSession } from '../session.tsx';
import { ErrorSummary } from './error-summary.tsx';

export function RetryPublishing({
  draft,
  accounts,
  onRetried,
}: {
  draft: Draft;
  accounts: Map<string, Account>;
  onRetried(): void;
}) {
  const session = useSession();
  const { busy, error, run } = useAction();
  if (draft.state !== 'FAILED') return null;
  const failed = draft.publications.filter((p) => p.state === 'FAILED');
  const retry = () =>
    run(async () => {
      await api('POST', `/api/drafts/${encodeURIComponent(draft.id)}/retry`, draftSchema);
      onRetried();
    });
  return (
    <section className="retry" aria-label="Not published">
      <h3>Not published to {failed.map((p) => accountLabel(accounts.get(p.accountId))).join(', ')}</h3>
      {can(session.actor, 'review', draft.schoolId) ? (
        <>
          <p className="muted">
            Fix the cause first, then try again. Anything already published stays as it is.
          </p>
          <ErrorSummary message={error} />
          <button type="button" onClick={() => void retry()} disabled={busy}>
            {busy ? 'Sending again…' : 'Try again'}
          </button>
        </>
      ) : (
        <p className="muted">The marketing officer has been told and can try again once it is fixed.</p>
      )}
    </section>
  );
}
