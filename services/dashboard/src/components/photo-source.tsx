import type { Media } from '../api/resources.ts';
import { sourceWords } from '../lib/photo.ts';

/** Where the photo comes from, as its author declared it (§3 copyright). */
export const PhotoSource = ({ media }: { media: Media }) => (
  <p className="alt-shown">
    <strong>Source:</strong>{' '}
    {media.source ? sourceWords[media.source] : <span className="error-text">not declared</span>}
    {media.sourceNote ? ` — ${media.sourceNote}` : ''}
  </p>
);
