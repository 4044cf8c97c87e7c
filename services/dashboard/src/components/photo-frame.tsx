// A photo with its detected faces outlined over it. Each outline may be a button (to link the
// face to a pupil) or a plain marker; the boxes scale with the image at any width.
import type { ReactNode } from 'react';
import type { Media } from '../api/resources.ts';
import { boxStyle } from '../lib/photo.ts';

export const faceLabel = (media: Media, index: number, pupilName?: string) => {
  const face = media.faces[index]!;
  const what = face.action === 'kept' ? 'shown' : 'blurred';
  return `Face ${index + 1}, ${what}${pupilName ? `, linked to ${pupilName}` : ''}`;
};

export function PhotoFrame({
  media,
  src,
  alt,
  onFace,
  selectedFace,
  nameOf,
  children,
}: {
  media: Media;
  src: string | undefined;
  alt: string;
  /** Makes each face a button. */
  onFace?: (faceId: string) => void;
  selectedFace?: string | undefined;
  nameOf?: (personId: string) => string | undefined;
  /** Drawn over the photo too (e.g. a region being drawn). */
  children?: ReactNode;
}) {
  const ratio = media.width && media.height ? `${media.width} / ${media.height}` : '4 / 3';
  return (
    <div className="photo-frame" style={{ aspectRatio: ratio }}>
      {src ? <img src={src} alt={alt} draggable={false} /> : <div className="photo-waiting" />}
      {media.width && media.height
        ? media.faces.map((face, index) => {
            const name = face.personId ? nameOf?.(face.personId) : undefined;
            const className = `face-box face-${face.action}${selectedFace === face.id ? ' is-selected' : ''}`;
            return onFace ? (
              <button
                key={face.id}
                type="button"
                className={className}
                style={boxStyle(face.box, media)}
                aria-pressed={selectedFace === face.id}
                aria-label={faceLabel(media, index, name)}
                onClick={() => onFace(face.id)}
              >
                <span aria-hidden="true">{index + 1}</span>
              </button>
            ) : (
              <span key={face.id} className={className} style={boxStyle(face.box, media)} aria-hidden="true">
                <span>{index + 1}</span>
              </span>
            );
          })
        : null}
      {children}
    </div>
  );
}
