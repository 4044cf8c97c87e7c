// A post's photos on its page: for the marketing officer the review tool on each, for everyone
// else each photo as it will be published with its description.
import type { Draft } from '../api/resources.ts';
import { photoSummary, processedSrc } from '../lib/photo.ts';
import { BlurReview } from './blur-review.tsx';
import { PhotoFrame } from './photo-frame.tsx';

export function DraftPhotos({
  draft,
  reviewer,
  onChanged,
}: {
  draft: Draft;
  reviewer: boolean;
  onChanged(): void;
}) {
  if (!draft.media.length) return null;
  return (
    <section className="photos" aria-labelledby="draft-photos-title">
      <h2 id="draft-photos-title">Photos</h2>
      {reviewer ? (
        draft.media.map((m, i) => <BlurReview key={m.id} media={m} number={i + 1} onChanged={onChanged} />)
      ) : (
        <ul className="photo-list">
          {draft.media.map((m, i) => (
            <li key={m.id} className="photo-card" id={`photo-${m.id}`}>
              <PhotoFrame
                media={m}
                src={processedSrc(m)}
                alt={m.altText || `Photo ${i + 1}, not described`}
              />
              <p className="photo-summary">{photoSummary(m)}</p>
              <p className="alt-shown">
                <strong>Description:</strong> {m.altText || <span className="error-text">missing</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
