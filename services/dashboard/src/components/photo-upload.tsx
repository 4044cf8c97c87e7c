// Adding a photo to a post: choose it, describe it for people who cannot see it (required,
// Equality Act 2010), and watch it upload. Gatepost then finds and blurs the faces.
import { type FormEvent, useId, useRef, useState } from 'react';
import { altTextFindings } from '../../../../policies/media/alt-text.ts';
import { ACCEPTED_PHOTO_TYPES, ACCEPTED_PHOTOS } from '../../../adapters/media/errors.ts';
import { mediaSchema } from '../../../api/schemas.ts';
import { messageOf } from '../api/client.ts';
import type { Media } from '../api/resources.ts';
import { sendForm } from '../api/send-form.ts';
import { needsSourceNote } from '../lib/photo.ts';
import { ErrorSummary } from './error-summary.tsx';
import { type Source, SourceChoice } from './source-choice.tsx';

// HEIC is left out on purpose: Gatepost cannot read it, and without it in the list an iPhone
// hands over its photo as a JPEG.
const ACCEPT = ACCEPTED_PHOTO_TYPES.map((type) => `image/${type}`).join(',');

export function PhotoUpload({
  draftId,
  onUploaded,
}: {
  /** Saves the post first when it is new, so the photo has a post to belong to. */
  draftId: () => Promise<string | undefined>;
  onUploaded(media: Media): void;
}) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const altInput = useRef<HTMLTextAreaElement>(null);
  const [altText, setAltText] = useState('');
  const [source, setSource] = useState<Source>('');
  const [sourceNote, setSourceNote] = useState('');
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();

  async function upload(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    setError(undefined);
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError('Choose a photo to add.');
      return fileInput.current?.focus();
    }
    if (!altText.trim()) {
      setError('Describe the photo first: what would someone who cannot see it need to know?');
      return altInput.current?.focus();
    }
    // The policy check refuses a description of a word or two, so say so now rather than after
    // the post comes back from the check.
    if (altTextFindings([{ altText }]).length) {
      setError(
        `Describe the photo in a sentence: “${altText.trim()}” is too short to tell someone who cannot see it what it shows.`,
      );
      return altInput.current?.focus();
    }
    if (!source) {
      setError('Say where the photo comes from: the school must be allowed to post it (copyright).');
      return document.getElementById(`${id}-source-TAKEN_BY_STAFF`)?.focus();
    }
    if (needsSourceNote(source) && !sourceNote.trim()) {
      setError('Say what allows the school to post it: the licence, or whose permission and when.');
      return document.getElementById(`${id}-source-note`)?.focus();
    }
    const target = await draftId();
    if (!target) return;
    const form = new FormData();
    form.set('altText', altText.trim());
    form.set('source', source);
    if (needsSourceNote(source)) form.set('sourceNote', sourceNote.trim());
    form.set('file', file);
    setProgress(0);
    try {
      const media = await sendForm(`/api/drafts/${target}/media`, form, mediaSchema, setProgress);
      onUploaded(media);
      setAltText('');
      setSource('');
      setSourceNote('');
      if (fileInput.current) fileInput.current.value = '';
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setProgress(undefined);
    }
  }

  const busy = progress !== undefined;
  // Its own element rather than a nested <form>: the editor around it is already a form.
  return (
    <section className="photo-upload" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a photo</h3>
      <ErrorSummary message={error} />
      <label htmlFor={`${id}-file`}>Photo</label>
      <p id={`${id}-file-hint`} className="hint">
        {ACCEPTED_PHOTOS}. Faces are blurred unless a pupil with consent is linked.
      </p>
      <input
        id={`${id}-file`}
        ref={fileInput}
        type="file"
        accept={ACCEPT}
        aria-describedby={`${id}-file-hint`}
        disabled={busy}
      />
      <label htmlFor={`${id}-alt`}>Describe the photo (alt text)</label>
      <p id={`${id}-alt-hint`} className="hint">
        Required. For example: “Year 4 pupils holding their swimming certificates by the pool.”
      </p>
      <textarea
        id={`${id}-alt`}
        ref={altInput}
        rows={2}
        value={altText}
        aria-describedby={`${id}-alt-hint`}
        onChange={(e) => setAltText(e.target.value)}
        disabled={busy}
      />
      <SourceChoice
        id={id}
        source={source}
        note={sourceNote}
        disabled={busy}
        onSource={setSource}
        onNote={setSourceNote}
      />
      <div className="actions">
        <button type="button" onClick={(e) => void upload(e)} disabled={busy}>
          Upload photo
        </button>
        {busy ? (
          <span className="upload-progress">
            <progress id={`${id}-progress`} max={1} value={progress} aria-label="Upload progress" />{' '}
            <span aria-live="polite">
              {progress < 1 ? `Uploading ${Math.round(progress * 100)}%` : 'Checking the photo…'}
            </span>
          </span>
        ) : null}
      </div>
    </section>
  );
}
