// A resubmitted draft shows the officer exactly what changed since the version before: the
// words, the time and the photos, whether it came back from the checks, from the officer, or
// was edited after approval.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Api, approve, waitForState } from '../../support/gatepost.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';
import { ameliaHughes } from '../../support/roster.ts';
import { sharedPhoto } from '../../support/shared-photos.ts';

const { gp, staff, officer } = signedInGatepost({ roster: [ameliaHughes], as: ['staff', 'officer'] });

const inDays = (days: number, hour: number) => {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
};

// Photos with no faces in them, so the scan has nothing to blur or ask about.
const photo = (name: 'hu-background.jpg' | 'dl-nf_eagle.jpg') => readFileSync(sharedPhoto(name));

async function upload(draftId: string, name: Parameters<typeof photo>[0], altText: string) {
  const data = new FormData();
  data.set('file', new Blob([new Uint8Array(photo(name))]), name);
  data.set('altText', altText);
  data.set('source', 'TAKEN_BY_STAFF');
  const uploaded = await staff('POST', `/api/drafts/${draftId}/media`, data);
  expect(uploaded.status).toBe(201);
  return uploaded.body.id as string;
}

async function submitAndWait(id: string, states = ['AWAITING_APPROVAL']) {
  expect((await staff('POST', `/api/drafts/${id}/submit`)).status).toBe(202);
  return waitForState(staff, id, states, 60_000);
}

const versionsSeenBy = async (who: Api, id: string) => {
  const response = await who('GET', `/api/drafts/${id}/versions`);
  expect(response.status).toBe(200);
  return response.body;
};

describe('what changed since the last version', () => {
  it('after changes required: the officer sees the words taken out and put in, and the new time', async () => {
    const first = inDays(3, 9);
    const created = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Well done to Amelia Hughes for her swimming certificate!',
      scheduledAt: first,
    });
    const id = created.body.id as string;
    expect((await submitAndWait(id, ['CHANGES_REQUIRED', 'AWAITING_APPROVAL'])).state).toBe(
      'CHANGES_REQUIRED',
    );
    // One version: nothing to compare with yet.
    const once = await versionsSeenBy(officer, id);
    expect(once.versions.map((v: { number: number }) => v.number)).toEqual([1]);
    expect(once.changesSinceLastVersion).toBeNull();

    const second = inDays(4, 14);
    const edited = await staff('PATCH', `/api/drafts/${id}`, {
      text: 'Well done to our Year 4 swimmer for her certificate!',
      scheduledAt: second,
    });
    expect(edited.status).toBe(200);
    const ready = await submitAndWait(id);

    const seen = await versionsSeenBy(officer, id);
    expect(seen.versions).toEqual([
      expect.objectContaining({ number: 1, submittedById: expect.any(String) }),
      expect.objectContaining({ number: 2, contentHash: ready.contentHash }),
    ]);
    expect(seen.changesSinceLastVersion).toEqual({
      since: 1,
      current: 2,
      text: [
        { kind: 'same', text: 'Well done to ' },
        { kind: 'removed', text: 'Amelia Hughes' },
        { kind: 'inserted', text: 'our Year 4 swimmer' },
        { kind: 'same', text: ' for her ' },
        { kind: 'removed', text: 'swimming ' },
        { kind: 'same', text: 'certificate!' },
      ],
      accounts: { added: [], removed: [] },
      scheduledAt: { from: first, to: second },
      photos: [],
      unchanged: false,
    });
  });

  it('after approval: editing a photo voids it, and the officer sees the photo changes', async () => {
    const created = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Our new library corner is open at lunchtimes.',
      scheduledAt: inDays(5, 10),
    });
    const id = created.body.id as string;
    const kept = await upload(id, 'hu-background.jpg', 'Bookshelves in the library corner');
    const ready = await submitAndWait(id);
    expect((await approve(officer, ready)).status).toBe(200);

    const changed = await staff('PATCH', `/api/media/${kept}`, {
      altText: 'Bookshelves and beanbags in the library corner',
      source: 'PUPIL_WORK',
    });
    expect(changed.status).toBe(200);
    const added = await upload(id, 'dl-nf_eagle.jpg', 'Reading certificates on the wall');
    const again = await submitAndWait(id);
    expect(again.approval).toBeUndefined();

    const { changesSinceLastVersion: changes } = await versionsSeenBy(officer, id);
    expect(changes).toMatchObject({ since: 1, current: 2, text: null, scheduledAt: null, unchanged: false });
    expect(changes.photos).toEqual([
      {
        change: 'alt-text',
        position: 1,
        photoId: kept,
        from: 'Bookshelves in the library corner',
        to: 'Bookshelves and beanbags in the library corner',
      },
      {
        change: 'source',
        position: 1,
        photoId: kept,
        from: { source: 'TAKEN_BY_STAFF', note: null },
        to: { source: 'PUPIL_WORK', note: null },
      },
      { change: 'added', position: 2, photoId: added, altText: 'Reading certificates on the wall' },
    ]);
    // The author sees the same comparison of their own draft.
    expect((await versionsSeenBy(staff, id)).changesSinceLastVersion).toEqual(changes);
  });

  it('after a return: resubmitted as it was, the officer is told nothing changed', async () => {
    const created = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Harvest festival donations can be left at reception.',
    });
    const id = created.body.id as string;
    await submitAndWait(id);
    expect((await officer('POST', `/api/drafts/${id}/return`, { reason: 'Add the date.' })).status).toBe(200);
    await submitAndWait(id);
    const { changesSinceLastVersion: changes } = await versionsSeenBy(officer, id);
    expect(changes).toMatchObject({ since: 1, current: 2, unchanged: true, text: null, photos: [] });
  });

  it('compares with the version the officer returned, passing over one the checks sent back', async () => {
    const created = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Our swimming gala is on Friday.',
    });
    const id = created.body.id as string;
    await submitAndWait(id);
    expect((await officer('POST', `/api/drafts/${id}/return`, { reason: 'Say who won.' })).status).toBe(200);
    await staff('PATCH', `/api/drafts/${id}`, { text: 'Amelia Hughes won at our swimming gala on Friday.' });
    expect((await submitAndWait(id, ['CHANGES_REQUIRED', 'AWAITING_APPROVAL'])).state).toBe(
      'CHANGES_REQUIRED',
    );
    await staff('PATCH', `/api/drafts/${id}`, { text: 'Year 4 won at our swimming gala on Friday.' });
    await submitAndWait(id);
    const { versions, changesSinceLastVersion: changes } = await versionsSeenBy(officer, id);
    expect(versions).toHaveLength(3);
    expect(changes).toMatchObject({ since: 1, current: 3 });
    // Against version 1, not 2: the name the checks refused never reached the officer.
    expect(changes.text).toEqual([
      { kind: 'removed', text: 'Our' },
      { kind: 'inserted', text: 'Year 4 won at our' },
      { kind: 'same', text: ' swimming gala ' },
      { kind: 'removed', text: 'is ' },
      { kind: 'same', text: 'on Friday.' },
    ]);
  });

  it('another school’s officer cannot read the versions', async () => {
    const created = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Choir practice moves to Wednesday.',
    });
    const missing = await officer('GET', '/api/drafts/00000000-0000-4000-8000-000000000000/versions');
    expect(missing.status).toBe(404);
    expect((await versionsSeenBy(officer, created.body.id)).versions).toEqual([]);
  });

  it('submitted three times at once: one submit takes it, the others are refused (409), one version', async () => {
    const created = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Year 6 leavers’ assembly is on Thursday afternoon.',
    });
    const id = created.body.id as string;
    const answers = await Promise.all([1, 2, 3].map(() => staff('POST', `/api/drafts/${id}/submit`)));
    expect(answers.map((a) => a.status).sort()).toEqual([202, 409, 409]);
    await waitForState(staff, id, ['AWAITING_APPROVAL']);
    const { versions } = await versionsSeenBy(officer, id);
    expect(versions.map((v: { number: number }) => v.number)).toEqual([1]);
  });
});
