// What changed between two versions of a draft, for the officer who saw (or decided on) the
// earlier one: the words, the accounts, the time and the photos. Pure, so the API and the tests
// agree on exactly what "changed" means.
import { diffWords } from 'diff';

export interface VersionPhoto {
  id: string;
  /** The upload's digest: which file the officer saw (every upload is a new photo id). */
  originalSha256: string;
  altText: string;
  source: string | null;
  sourceNote: string | null;
}

export interface VersionContent {
  text: string;
  accountIds: string[];
  scheduledAt: string | null;
  media: VersionPhoto[];
}

export type TextPart = { kind: 'same' | 'inserted' | 'removed'; text: string };

export type PhotoSource = { source: string | null; note: string | null };

export type PhotoChange =
  | { change: 'added'; position: number; photoId: string; altText: string }
  | { change: 'removed'; position: number; photoId: string; altText: string }
  | {
      change: 'replaced';
      position: number;
      before: { photoId: string; altText: string };
      after: { photoId: string; altText: string };
    }
  | { change: 'alt-text'; position: number; photoId: string; from: string; to: string }
  | { change: 'source'; position: number; photoId: string; from: PhotoSource; to: PhotoSource };

export interface DraftChanges {
  /** Null when the words are the same. */
  text: TextPart[] | null;
  accounts: { added: string[]; removed: string[] };
  /** Null when the time is the same. */
  scheduledAt: { from: string | null; to: string | null } | null;
  photos: PhotoChange[];
  unchanged: boolean;
}

/** The stored shape of a draft, whatever loaded it (the draft row or a saved version). */
export interface DraftLike {
  text: string;
  targets: { accountId: string }[];
  scheduledAt: Date | null;
  media: {
    id: string;
    originalSha256: string;
    altText: string;
    source: string | null;
    sourceNote: string | null;
  }[];
}

export function versionContent(draft: DraftLike): VersionContent {
  return {
    text: draft.text,
    accountIds: draft.targets.map((t) => t.accountId).sort(),
    scheduledAt: draft.scheduledAt?.toISOString() ?? null,
    media: draft.media.map((m) => ({
      id: m.id,
      originalSha256: m.originalSha256,
      altText: m.altText,
      source: m.source,
      sourceNote: m.sourceNote,
    })),
  };
}

function textChanges(before: string, after: string): TextPart[] | null {
  if (before === after) return null;
  return diffWords(before, after).map((part) => ({
    kind: part.added ? 'inserted' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

function photoChanges(before: VersionPhoto[], after: VersionPhoto[]): PhotoChange[] {
  const kept = new Map(after.map((p, i) => [p.id, { photo: p, position: i + 1 }]));
  const stayed = new Set(before.filter((p) => kept.has(p.id)).map((p) => p.id));
  const changes: PhotoChange[] = [];
  // A new file where an old one was (same slot) reads as a replacement, not a removal and an
  // addition that the officer has to pair up themselves.
  const removed = before.flatMap((p, i) => (stayed.has(p.id) ? [] : [{ photo: p, position: i + 1 }]));
  const added = after.flatMap((p, i) => (stayed.has(p.id) ? [] : [{ photo: p, position: i + 1 }]));
  for (const gone of removed) {
    const newcomer = added.findIndex((a) => a.position === gone.position);
    if (newcomer === -1) {
      changes.push({
        change: 'removed',
        position: gone.position,
        photoId: gone.photo.id,
        altText: gone.photo.altText,
      });
      continue;
    }
    const photo = added.splice(newcomer, 1)[0]!.photo;
    changes.push({
      change: 'replaced',
      position: gone.position,
      before: { photoId: gone.photo.id, altText: gone.photo.altText },
      after: { photoId: photo.id, altText: photo.altText },
    });
  }
  for (const { photo, position } of added) {
    changes.push({ change: 'added', position, photoId: photo.id, altText: photo.altText });
  }
  for (const old of before) {
    const now = kept.get(old.id);
    if (!now) continue;
    const { photo, position } = now;
    if (photo.altText !== old.altText) {
      changes.push({ change: 'alt-text', position, photoId: photo.id, from: old.altText, to: photo.altText });
    }
    if (photo.source !== old.source || photo.sourceNote !== old.sourceNote) {
      changes.push({
        change: 'source',
        position,
        photoId: photo.id,
        from: { source: old.source, note: old.sourceNote },
        to: { source: photo.source, note: photo.sourceNote },
      });
    }
  }
  return changes.sort((a, b) => a.position - b.position);
}

export function changesBetween(before: VersionContent, after: VersionContent): DraftChanges {
  const text = textChanges(before.text, after.text);
  const accounts = {
    added: after.accountIds.filter((id) => !before.accountIds.includes(id)),
    removed: before.accountIds.filter((id) => !after.accountIds.includes(id)),
  };
  const scheduledAt =
    before.scheduledAt === after.scheduledAt ? null : { from: before.scheduledAt, to: after.scheduledAt };
  const photos = photoChanges(before.media, after.media);
  const unchanged =
    !text && !scheduledAt && !photos.length && !accounts.added.length && !accounts.removed.length;
  return { text, accounts, scheduledAt, photos, unchanged };
}

/**
 * The version to compare with: the latest one before `current` that reached the officer's queue
 * (what they last saw, and perhaps approved or returned), else simply the one before. A version
 * the checks sent straight back was never in front of the officer, so it is passed over.
 */
export function comparedVersion<V extends { number: number; contentHash: string }>(
  versions: V[],
  current: number | null,
  /** Content hashes of the steps into the officer's queue (matched by content, not by clocks). */
  reachedOfficer: ReadonlySet<string>,
): V | undefined {
  const earlier = versions.filter((v) => current === null || v.number < current);
  return earlier.filter((v) => reachedOfficer.has(v.contentHash)).at(-1) ?? earlier.at(-1);
}
