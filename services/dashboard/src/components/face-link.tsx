// Linking a face to a pupil: find them by name or UPN. A linked pupil's face is shown only if
// their consent covers this post's platforms when it goes out; otherwise it stays blurred.
import { useId, useState } from 'react';
import { mediaSchema } from '../../../api/schemas.ts';
import { api, messageOf } from '../api/client.ts';
import { matchesPupil, type Pupil, pupilName } from '../api/pupils.ts';
import type { Media } from '../api/resources.ts';
import { ErrorSummary } from './error-summary.tsx';

const MAX_SHOWN = 8;

export function FaceLink({
  media,
  faceId,
  pupils,
  onChanged,
}: {
  media: Media;
  faceId: string;
  pupils: Pupil[];
  onChanged(media: Media): void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string>();
  const index = media.faces.findIndex((f) => f.id === faceId);
  const face = media.faces[index];
  if (!face) return null;
  const linked = face.personId ? pupils.find((p) => p.id === face.personId) : undefined;
  const found = query.trim() ? pupils.filter((p) => !p.leftAt && matchesPupil(p, query)) : [];

  const link = async (pupilId: string | null) => {
    setError(undefined);
    try {
      onChanged(await api('POST', `/api/media/${media.id}/faces/${faceId}/link`, mediaSchema, { pupilId }));
      setQuery('');
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section className="face-link" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Face {index + 1}</h4>
      <ErrorSummary message={error} />
      {linked ? (
        <p>
          Linked to <strong>{pupilName(linked)}</strong> ({linked.yearGroup}).{' '}
          {face.action === 'kept' ? 'Shown: their consent covers this post.' : 'Still blurred: no consent.'}{' '}
          <button type="button" className="link-button" onClick={() => void link(null)}>
            Unlink
          </button>
        </p>
      ) : (
        <p className="hint">Blurred. Link the pupil to show their face, if their consent allows it.</p>
      )}
      <label htmlFor={`${id}-search`}>Find a pupil by name or UPN</label>
      <input
        id={`${id}-search`}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() ? (
        <ul className="pupil-results" aria-live="polite">
          {found.slice(0, MAX_SHOWN).map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => void link(p.id)}>
                Link {pupilName(p)} <span className="muted">{p.yearGroup}</span>
              </button>
            </li>
          ))}
          {found.length === 0 ? <li className="muted">No pupil matches “{query.trim()}”.</li> : null}
          {found.length > MAX_SHOWN ? (
            <li className="muted">{found.length - MAX_SHOWN} more: type more of the name.</li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}
