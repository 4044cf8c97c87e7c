// A photo arrives: its type and size are checked from the bytes before anything is kept; the
// original is stored privately and the scanner is asked to anonymise it.
import { createHash, randomUUID } from 'node:crypto';
import { MediaRejectedError, validateImage } from '../adapters/media/index.ts';
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import { loadDraftFor } from '../drafts/draft-access.ts';
import { inTransaction } from '../repositories/db.ts';
import { addMedia } from '../repositories/media.ts';
import { checkedDeclaration, type SourceDeclaration } from './image-source.ts';
import { followUp, roleFor } from './media-access.ts';
import { mediaView } from './media-view.ts';
import { rehashDraft } from './rehash-draft.ts';

export const MAX_IMAGES_PER_DRAFT = 10;

// A full decode, not just the header: a cut-off or corrupt photo must be refused here, not
// accepted and then left unscannable. One at a time: with several decodes in flight libvips'
// truncation check was seen to pass cut-off files (test/hostile/image-uploads.test.ts).
let validating: Promise<unknown> = Promise.resolve();
function validatedInTurn(bytes: Buffer) {
  const turn = validating.then(() => validateImage(bytes));
  validating = turn.catch(() => undefined);
  return turn;
}

const rejectionStatus: Record<string, 'payload_too_large' | 'unsupported_media_type' | 'validation_failed'> =
  {
    too_large: 'payload_too_large',
    too_many_pixels: 'payload_too_large',
    unsupported_type: 'unsupported_media_type',
  };

export async function uploadMedia(
  services: Services,
  actor: Actor,
  draftId: string,
  upload: { bytes: Buffer; altText: string; declared?: SourceDeclaration },
) {
  const declared = upload.declared ? checkedDeclaration(upload.declared) : {};
  const draft = await loadDraftFor(services.db, actor, draftId);
  const role = roleFor(actor, draft);
  if (draft.media.length >= MAX_IMAGES_PER_DRAFT) {
    throw new AppError('validation_failed', `A post can carry at most ${MAX_IMAGES_PER_DRAFT} photos.`);
  }
  try {
    await validatedInTurn(upload.bytes);
  } catch (error) {
    if (error instanceof MediaRejectedError) {
      throw new AppError(rejectionStatus[error.code] ?? 'validation_failed', error.message);
    }
    throw error;
  }
  const id = randomUUID();
  const originalKey = `originals/${id}`;
  await services.storage.put(originalKey, upload.bytes);
  try {
    const { media, result } = await inTransaction(services.db, async (tx) => {
      const media = await addMedia(tx, {
        id,
        draftId,
        altText: upload.altText,
        originalKey,
        originalSha256: createHash('sha256').update(upload.bytes).digest('hex'),
        uploadedById: actor.userId,
        ...declared,
      });
      const result = await rehashDraft(tx, draftId, { actorId: actor.userId, as: role });
      return { media, result };
    });
    await followUp(services, result, [id]);
    return mediaView({ ...media, links: [] });
  } catch (error) {
    // Nothing half-saved: without its row the stored original would be an orphan.
    await services.storage.delete(originalKey);
    throw error;
  }
}
