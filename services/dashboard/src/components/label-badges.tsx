import { labelWords } from '../lib/replies.ts';

/** A reply's labels as badges; "no concerns" when there are none. */
export function LabelBadges({ labels }: { labels: readonly string[] }) {
  if (!labels.length) return <span className="badge tone-good">No concerns</span>;
  return (
    <>
      {labels.map((l) => (
        <span key={l} className={`badge ${l === 'spam' ? 'tone-attention' : 'tone-bad'}`}>
          {labelWords[l] ?? l}
        </span>
      ))}
    </>
  );
}
