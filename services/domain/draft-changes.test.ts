import { describe, expect, it } from 'vitest';
import { changesBetween, comparedVersion, type VersionContent, type VersionPhoto } from './draft-changes.ts';

const photo = (id: string, more: Partial<VersionPhoto> = {}): VersionPhoto => ({
  id,
  originalSha256: `sha-${id}`,
  altText: `Alt ${id}`,
  source: 'TAKEN_BY_STAFF',
  sourceNote: null,
  ...more,
});

const version = (more: Partial<VersionContent> = {}): VersionContent => ({
  text: 'Year 5 visited the museum today.',
  accountIds: ['acct-x'],
  scheduledAt: '2026-12-01T09:30:00.000Z',
  media: [photo('p1')],
  ...more,
});

const rendered = (parts: { kind: string; text: string }[] | null) =>
  parts
    ?.map((p) => (p.kind === 'same' ? p.text : p.kind === 'inserted' ? `[+${p.text}]` : `[-${p.text}]`))
    .join('');

describe('what changed since the last version', () => {
  it('says nothing changed when the versions are the same', () => {
    const changes = changesBetween(version(), version());
    expect(changes).toEqual({
      text: null,
      accounts: { added: [], removed: [] },
      scheduledAt: null,
      photos: [],
      unchanged: true,
    });
  });

  it('marks the words taken out and put in, keeping the rest as it was', () => {
    const changes = changesBetween(
      version({ text: 'Jamie Smith in Year 5 visited the museum today.' }),
      version({ text: 'Year 5 visited the science museum today!' }),
    );
    // Punctuation is its own word: a changed full stop does not mark the word before it.
    expect(rendered(changes.text)).toBe(
      '[-Jamie Smith in ]Year 5 visited the [+science ]museum today[-.][+!]',
    );
    expect(changes.unchanged).toBe(false);
  });

  it('lists the accounts added and removed', () => {
    const changes = changesBetween(
      version({ accountIds: ['acct-x', 'acct-fb'] }),
      version({ accountIds: ['acct-x', 'acct-ig'] }),
    );
    expect(changes.accounts).toEqual({ added: ['acct-ig'], removed: ['acct-fb'] });
  });

  it('gives the old and new time, including a time taken away', () => {
    expect(
      changesBetween(version(), version({ scheduledAt: '2026-12-02T10:00:00.000Z' })).scheduledAt,
    ).toEqual({
      from: '2026-12-01T09:30:00.000Z',
      to: '2026-12-02T10:00:00.000Z',
    });
    expect(changesBetween(version(), version({ scheduledAt: null })).scheduledAt).toEqual({
      from: '2026-12-01T09:30:00.000Z',
      to: null,
    });
  });

  it('calls a new photo in the same place a replacement, and an extra one an addition', () => {
    const changes = changesBetween(
      version({ media: [photo('p1'), photo('p2')] }),
      version({ media: [photo('p3'), photo('p2'), photo('p4')] }),
    );
    expect(changes.photos).toEqual([
      {
        change: 'replaced',
        position: 1,
        before: { photoId: 'p1', altText: 'Alt p1' },
        after: { photoId: 'p3', altText: 'Alt p3' },
      },
      { change: 'added', position: 3, photoId: 'p4', altText: 'Alt p4' },
    ]);
  });

  it('lists a photo taken out with the alt text it had', () => {
    const changes = changesBetween(
      version({ media: [photo('p1'), photo('p2')] }),
      version({ media: [photo('p1')] }),
    );
    expect(changes.photos).toEqual([{ change: 'removed', position: 2, photoId: 'p2', altText: 'Alt p2' }]);
  });

  it('shows a changed alt text and a changed source on a kept photo, where it now sits', () => {
    const changes = changesBetween(
      version({ media: [photo('p0'), photo('p1')] }),
      version({
        media: [
          photo('p1', { altText: 'Pupils planting trees', source: 'LICENSED', sourceNote: 'Woodland Trust' }),
        ],
      }),
    );
    expect(changes.photos).toEqual([
      { change: 'removed', position: 1, photoId: 'p0', altText: 'Alt p0' },
      { change: 'alt-text', position: 1, photoId: 'p1', from: 'Alt p1', to: 'Pupils planting trees' },
      {
        change: 'source',
        position: 1,
        photoId: 'p1',
        from: { source: 'TAKEN_BY_STAFF', note: null },
        to: { source: 'LICENSED', note: 'Woodland Trust' },
      },
    ]);
  });
});

describe('the version compared with', () => {
  const versions = [1, 2, 3].map((number) => ({ number, contentHash: `hash-${number}` }));
  const seen = (...numbers: number[]) => new Set(numbers.map((n) => `hash-${n}`));

  it('is the last one the officer had in front of them, passing over one the checks sent back', () => {
    // Version 1 reached the officer (then was returned); version 2 failed the checks.
    expect(comparedVersion(versions, 3, seen(1))?.number).toBe(1);
  });

  it('is the one before when the officer saw none of the earlier ones', () => {
    expect(comparedVersion(versions, 3, seen())?.number).toBe(2);
    expect(comparedVersion(versions, 3, seen(3))?.number).toBe(2);
  });

  it('is the latest version the officer saw when the draft was edited after it', () => {
    expect(comparedVersion(versions, null, seen(1, 3))?.number).toBe(3);
  });

  it('is none for a first version', () => {
    expect(comparedVersion(versions.slice(0, 1), 1, seen(1))).toBeUndefined();
  });
});
