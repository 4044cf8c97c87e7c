// Pupils with their consent records, as `GET /api/pupils` answers (officer, headteacher, DSL,
// trust admin only), and the consent import's dry-run diff.
import { z } from 'zod';
import { api } from './client.ts';

export const consentPurposes = ['photo_social', 'name_with_photo', 'first_name', 'video_social'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const purposeLabel: Record<ConsentPurpose, string> = {
  photo_social: 'Photo',
  name_with_photo: 'Name with photo',
  first_name: 'First name',
  video_social: 'Video',
};

const consentSchema = z.object({
  purpose: z.string(),
  status: z.enum(['granted', 'not_granted', 'not_yet_granted', 'withdrawn', 'expired']),
  platforms: z.union([z.literal('all'), z.array(z.string())]),
  grantedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

export const pupilSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  upn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  yearGroup: z.string(),
  leftAt: z.string().nullable(),
  consents: z.array(consentSchema),
});

export type Pupil = z.output<typeof pupilSchema>;
export type Consent = Pupil['consents'][number];

export const loadPupils = (signal: AbortSignal) =>
  api('GET', '/api/pupils', pupilSchema.array(), undefined, signal);

export const pupilName = (p: Pupil) =>
  `${p.preferredName && p.preferredName !== p.firstName ? `${p.preferredName} (${p.firstName})` : p.firstName} ${p.lastName}`;

/** Matches a pupil by any part of their names, their UPN or their year group. */
export function matchesPupil(p: Pupil, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [p.firstName, p.lastName, p.preferredName ?? '', p.upn, p.yearGroup]
    .join(' ')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

export const importResultSchema = z.object({
  dryRun: z.boolean(),
  added: z.array(z.object({ key: z.string(), name: z.string(), consents: z.record(z.string(), z.string()) })),
  changed: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      changes: z.record(z.string(), z.object({ from: z.string().nullable(), to: z.string().nullable() })),
    }),
  ),
  withdrawn: z.array(z.object({ key: z.string(), name: z.string(), purposes: z.array(z.string()) })),
  leavers: z.array(z.object({ key: z.string(), name: z.string() })),
  unchanged: z.number(),
  held: z.array(z.string()),
  takedownRequested: z.array(z.string()),
});

export type ImportResult = z.output<typeof importResultSchema>;

export const withdrawResultSchema = z.object({
  key: z.string(),
  withdrawn: z.array(z.string()),
  held: z.array(z.string()),
  takedownRequested: z.array(z.string()),
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a consent change did to posts, in a sentence. */
export function effectsSummary(result: { held: string[]; takedownRequested: string[] }): string {
  const parts = [
    result.held.length ? `${plural(result.held.length, 'post')} held for a fresh check` : '',
    result.takedownRequested.length
      ? `${plural(result.takedownRequested.length, 'published post')} marked for takedown`
      : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : 'No posts were affected.';
}
