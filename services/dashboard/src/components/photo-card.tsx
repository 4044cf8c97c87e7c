// One photo of a post being written: the photo as it will be published, what the scanner did,
// its description, faces to link to pupils (for those who may see the roster), and remove.
import { useState } from 'react';
import { mediaSchema } from '../../../api/schemas.ts';
import { ApiError, api, messageOf } from '../api/client.ts';
import type { Pupil } from '../api/pupils.ts';
import { pupilName } from '../api/pupils.ts';
import type { Media } from '../api/resources.ts';
import { needsSourceNote, photoSummary, processedSrc } from '../lib/photo.ts';
import { ErrorSummary } from './error-summary.tsx';
import { FaceLink } from './face-link.tsx';
import { PhotoFrame } from './photo-frame.tsx';
import { PhotoSource } from './photo-source.tsx';
import { type Source, SourceChoice } from './source-choice.tsx';

export function PhotoCard({
  media,
  number,
  pupils,
  onChanged,
  onRemoved,
}: {
  media: Media;
  number: number;
  /** The roster, when the person may see it (linking faces needs it). */
  pupils: Pupil[] | undefined;
  onChanged(media: Media): void;
  onRemoved(): void;
}) {
  const [altText, setAltText] = useState(media.altText);
  const [face, setFace] = useState<string>();
  const [error, setError] = useState<string>();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [changingSource, setChangingSource] = useState(false);
  const [source, setSource] = useState<Source>(media.source ?? '');
  const [sourceNote, setSourceNote] = useState(media.sourceNote ?? '');
  const names = new Map((pupils ?? []).map((p) => [p.id, pupilName(p)]));
  const prefix = `photo-${media.id}`;

  const run = async (call: () => Promise<void>) => {
    setError(undefined);
    try {
      await call();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const saveAlt = () =>
    run(async () => {
      if (altText.trim() === media.altText) return;
      onChanged(await api('PATCH', `/api/media/${media.id}`, mediaSchema, { altText: altText.trim() }));
    });
  // A later declaration counts as an edit: the post is checked again before approval.
  const saveSource = () =>
    run(async () => {
      if (!source) throw new ApiError(400, 'validation_failed', 'Choose where the photo comes from.');
      const note = needsSourceNote(source) ? { sourceNote: sourceNote.trim() } : {};
      onChanged(await api('PATCH', `/api/media/${media.id}`, mediaSchema, { source, ...note }));
      setChangingSource(false);
    });

  return (
    <li className="photo-card" id={prefix}>
      <h3>Photo {number}</h3>
      <ErrorSummary message={error} />
      <PhotoFrame
        media={media}
        src={processedSrc(media)}
        alt={media.altText || `Photo ${number}, not yet described`}
        {...(pupils ? { onFace: (id: string) => setFace((f) => (f === id ? undefined : id)) } : {})}
        selectedFace={face}
        nameOf={(id) => names.get(id)}
      />
      <p className="photo-summary" aria-live="polite">
        {photoSummary(media)}
        {pupils && media.faces.length ? ' Choose a face to link it to a pupil.' : ''}
      </p>
      {media.state === 'REVIEW_REQUIRED' ? (
        <p className="notice">
          The marketing officer will check the blurring of this photo before approving.
        </p>
      ) : null}
      {face && pupils ? <FaceLink media={media} faceId={face} pupils={pupils} onChanged={onChanged} /> : null}
      {!pupils && media.faces.length ? (
        <p className="hint">
          Every face stays blurred. The marketing officer can link a pupil whose consent allows their face to
          be shown.
        </p>
      ) : null}
      <PhotoSource media={media} />
      {changingSource ? (
        <div className="source-change">
          <SourceChoice
            id={`${prefix}-change`}
            source={source}
            note={sourceNote}
            onSource={setSource}
            onNote={setSourceNote}
          />
          <div className="actions">
            <button type="button" onClick={() => void saveSource()}>
              Save source
            </button>
            <button type="button" className="quiet" onClick={() => setChangingSource(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="quiet" onClick={() => setChangingSource(true)}>
          Change source<span className="visually-hidden"> of photo {number}</span>
        </button>
      )}
      <label htmlFor={`${prefix}-alt`}>Description (alt text)</label>
      <textarea
        id={`${prefix}-alt`}
        rows={2}
        value={altText}
        aria-invalid={!altText.trim()}
        aria-describedby={!altText.trim() ? `${prefix}-alt-error` : undefined}
        onChange={(e) => setAltText(e.target.value)}
        onBlur={() => void saveAlt()}
      />
      {!altText.trim() ? (
        <p id={`${prefix}-alt-error`} className="error-text">
          Describe this photo: the post cannot be approved without it.
        </p>
      ) : null}
      <div className="actions">
        {altText.trim() !== media.altText ? (
          <button type="button" onClick={() => void saveAlt()}>
            Save description
          </button>
        ) : null}
        {confirmRemove ? (
          <button
            type="button"
            className="danger"
            onClick={() =>
              void run(async () => {
                await api('DELETE', `/api/media/${media.id}`, null);
                onRemoved();
              })
            }
          >
            Yes, remove photo {number}
          </button>
        ) : (
          <button type="button" className="quiet" onClick={() => setConfirmRemove(true)}>
            Remove photo {number}…
          </button>
        )}
      </div>
    </li>
  );
}
