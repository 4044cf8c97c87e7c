// The editor's photos: each one as it will be published, and a way to add more.
import { loadPupils } from '../api/pupils.ts';
import { type Media, useLoad } from '../api/resources.ts';
import { useSession } from '../session.tsx';
import { PhotoCard } from './photo-card.tsx';
import { PhotoUpload } from './photo-upload.tsx';

const MAX_PHOTOS = 10;

export function PhotoSection({
  media,
  onMedia,
  draftId,
}: {
  media: Media[];
  onMedia(update: (media: Media[]) => Media[]): void;
  draftId: () => Promise<string | undefined>;
}) {
  const session = useSession();
  const mayLink = session.may('seeRoster');
  const pupils = useLoad((signal) => (mayLink ? loadPupils(signal) : Promise.resolve(undefined)), 'pupils');
  const replace = (next: Media) => onMedia((all) => all.map((m) => (m.id === next.id ? next : m)));
  return (
    <section className="photos" aria-labelledby="photos-title">
      <h2 id="photos-title">Photos</h2>
      {media.length ? (
        <ul className="photo-list">
          {media.map((m, i) => (
            <PhotoCard
              key={m.id}
              media={m}
              number={i + 1}
              pupils={pupils.value}
              onChanged={replace}
              onRemoved={() => onMedia((all) => all.filter((o) => o.id !== m.id))}
            />
          ))}
        </ul>
      ) : null}
      {media.length < MAX_PHOTOS ? (
        <PhotoUpload draftId={draftId} onUploaded={(m) => onMedia((all) => [...all, m])} />
      ) : (
        <p className="hint">A post can carry at most {MAX_PHOTOS} photos.</p>
      )}
    </section>
  );
}
