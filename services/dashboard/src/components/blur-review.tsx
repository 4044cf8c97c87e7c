// The marketing officer's look at a photo: the original beside what would be published, a
// tool to draw more areas to blur (by pointer, or by typing the numbers), and a confirmation
// that the blurring is right, which approval waits for when the scanner was unsure.
import { type PointerEvent, useId, useRef, useState } from 'react';
import { mediaSchema } from '../../../api/schemas.ts';
import { api, messageOf } from '../api/client.ts';
import type { Media } from '../api/resources.ts';
import { type Box, boxStyle, photoSummary, processedSrc, regionsOf } from '../lib/photo.ts';
import { ErrorSummary } from './error-summary.tsx';
import { PhotoFrame } from './photo-frame.tsx';
import { PhotoSource } from './photo-source.tsx';

const MIN_SIDE = 4;

/** The rectangle between two points, clamped to the photo. */
function boxBetween(a: { x: number; y: number }, b: { x: number; y: number }, media: Media): Box {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, Math.round(v)));
  const [x1, x2] = [clamp(Math.min(a.x, b.x), media.width!), clamp(Math.max(a.x, b.x), media.width!)];
  const [y1, y2] = [clamp(Math.min(a.y, b.y), media.height!), clamp(Math.max(a.y, b.y), media.height!)];
  return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
}

export function BlurReview({
  media,
  number,
  onChanged,
}: {
  media: Media;
  number: number;
  onChanged(): void;
}) {
  const id = useId();
  const frame = useRef<HTMLDivElement>(null);
  const start = useRef<{ x: number; y: number }>(undefined);
  const [region, setRegion] = useState<Box>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const scanning = media.state === 'PENDING';
  const drawable = !scanning && !!media.width && !!media.height;

  const pointOf = (event: PointerEvent) => {
    const rect = frame.current!.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) / rect.width) * media.width!,
      y: ((event.clientY - rect.top) / rect.height) * media.height!,
    };
  };
  const onDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!drawable || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = pointOf(event);
    setRegion(undefined);
  };
  const onMove = (event: PointerEvent) => {
    if (start.current) setRegion(boxBetween(start.current, pointOf(event), media));
  };
  const onUp = () => {
    start.current = undefined;
  };

  const send = async (regions: Box[]) => {
    setError(undefined);
    setBusy(true);
    try {
      await api('POST', `/api/media/${media.id}/regions`, mediaSchema, { regions });
      setRegion(undefined);
      onChanged();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const number_ = (key: keyof Box, label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        inputMode="numeric"
        min={0}
        value={region?.[key] ?? ''}
        onChange={(e) =>
          setRegion((r) => ({
            ...(r ?? { x: 0, y: 0, w: 0, h: 0 }),
            [key]: Math.max(0, Number(e.target.value)),
          }))
        }
      />
    </div>
  );
  const regionOk = !!region && region.w >= MIN_SIDE && region.h >= MIN_SIDE;

  return (
    <section className="blur-review" id={`photo-${media.id}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Photo {number}</h3>
      {media.state === 'REVIEW_REQUIRED' ? (
        <div className="needs-review" role="status">
          <strong>This photo needs your review.</strong> Gatepost was not sure it found every face.
          {media.reviewReasons.length ? (
            <ul>
              {media.reviewReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <ErrorSummary message={error} />
      <p className="photo-summary" aria-live="polite">
        {photoSummary(media)}
        {media.reviewed && media.state === 'READY' ? ' You confirmed the blurring.' : ''}
      </p>
      <p className="alt-shown">
        <strong>Description:</strong> {media.altText || <span className="error-text">missing</span>}
      </p>
      <PhotoSource media={media} />
      <div className="photo-pair">
        <figure>
          <figcaption>Original (only reviewers see this)</figcaption>
          {/* Pointer drawing; the fields below do the same by keyboard. */}
          <div
            ref={frame}
            className={drawable ? 'draw-area' : undefined}
            onPointerDown={onDown}
            onPointerMove={onMove}
            onPointerUp={onUp}
          >
            <PhotoFrame
              media={media}
              src={`/api/media/${media.id}/original`}
              alt={`Original of photo ${number}: ${media.altText}`}
            >
              {regionsOf(media).map((r) => (
                <span
                  key={`${r.x}-${r.y}-${r.w}-${r.h}`}
                  className="region-box"
                  style={boxStyle(r, media)}
                  aria-hidden="true"
                />
              ))}
              {region ? (
                <span className="region-box is-new" style={boxStyle(region, media)} aria-hidden="true" />
              ) : null}
            </PhotoFrame>
          </div>
        </figure>
        <figure>
          <figcaption>As it will be published</figcaption>
          <PhotoFrame
            media={media}
            src={processedSrc(media)}
            alt={`Photo ${number} as published: ${media.altText}`}
          />
        </figure>
      </div>
      <fieldset className="region-fields" disabled={!drawable || busy}>
        <legend>Blur another area: drag over the original, or type it in photo pixels</legend>
        <div className="filters">
          {number_('x', 'From left')}
          {number_('y', 'From top')}
          {number_('w', 'Width')}
          {number_('h', 'Height')}
        </div>
        <p className="hint">
          The photo is {media.width ?? '?'} × {media.height ?? '?'} pixels.
        </p>
        <div className="actions">
          <button type="button" disabled={!regionOk} onClick={() => region && void send([region])}>
            Blur this area
          </button>
          <button
            type="button"
            className={media.state === 'REVIEW_REQUIRED' ? 'primary' : undefined}
            onClick={() => void send([])}
          >
            The blurring is right
          </button>
        </div>
      </fieldset>
    </section>
  );
}
