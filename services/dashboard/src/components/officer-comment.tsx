// The marketing officer's comment on a post they returned or rejected, in their own words, with
// who and when: the author needs it to know what to change, and it stands until they resubmit.
import type { Draft } from '../api/resources.ts';
import { formatLondon } from '../lib/london-time.ts';
import { useSession } from '../session.tsx';

export function OfficerComment({ returned }: { returned: Draft['returned'] }) {
  const session = useSession();
  if (!returned) return null;
  const who = returned.by === session.me.id ? 'you' : returned.byName;
  const heading = returned.decision === 'return' ? `Returned by ${who}` : `Rejected by ${who}`;
  return (
    <section className="notice officer-comment" aria-labelledby="officer-comment-title">
      <h2 id="officer-comment-title">{heading}</h2>
      <p className="card-meta">{formatLondon(returned.at)} (UK time)</p>
      <blockquote className="reply-text">{returned.reason}</blockquote>
    </section>
  );
}
