// A draft's submitted versions and what changed since the one before (GET /api/drafts/:id/versions),
// written once for the API, its OpenAPI document and the dashboard's review panel.
import { z } from 'zod';

const photoSource = z.object({ source: z.string().nullable(), note: z.string().nullable() });
const photo = z.object({ photoId: z.string(), altText: z.string() });

export const photoChangeSchema = z.discriminatedUnion('change', [
  photo.extend({ change: z.literal('added'), position: z.number().int() }),
  photo.extend({ change: z.literal('removed'), position: z.number().int() }),
  z.object({ change: z.literal('replaced'), position: z.number().int(), before: photo, after: photo }),
  z.object({
    change: z.literal('alt-text'),
    position: z.number().int(),
    photoId: z.string(),
    from: z.string(),
    to: z.string(),
  }),
  z.object({
    change: z.literal('source'),
    position: z.number().int(),
    photoId: z.string(),
    from: photoSource,
    to: photoSource,
  }),
]);

export const draftChangesSchema = z.object({
  /** The version compared with: the last the officer had in front of them, else the one before. */
  since: z.number().int(),
  /** The version shown now; null when the draft was edited after its last submission. */
  current: z.number().int().nullable(),
  text: z.array(z.object({ kind: z.enum(['same', 'inserted', 'removed']), text: z.string() })).nullable(),
  accounts: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
  scheduledAt: z.object({ from: z.string().nullable(), to: z.string().nullable() }).nullable(),
  photos: z.array(photoChangeSchema),
  unchanged: z.boolean(),
});

export const draftVersionsSchema = z.object({
  versions: z.array(
    z.object({
      number: z.number().int(),
      contentHash: z.string(),
      submittedById: z.string(),
      submittedAt: z.string(),
    }),
  ),
  /** Null before the draft's second version: there is nothing to compare with. */
  changesSinceLastVersion: draftChangesSchema.nullable(),
});

export type DraftChangesView = z.output<typeof draftChangesSchema>;
export type PhotoChangeView = z.output<typeof photoChangeSchema>;
