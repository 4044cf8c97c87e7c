// §3 copyright: each image says where it comes from. Undeclared blocks; licensed or other
// images must carry a note saying what allows posting them, which the approver sees.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForState } from '../../support/gatepost.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';

const { gp, staff } = signedInGatepost({ as: ['staff'] });
let photo: Buffer;

beforeAll(async () => {
  // A painted banner: no faces, so the scan is quick.
  photo = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer();
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  data.set('file', new Blob([new Uint8Array(photo)]), 'banner.jpg');
  data.set('altText', 'Green banner for the summer fair');
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

async function draftWithPhoto(fields: Record<string, string> = {}) {
  const { body: draft } = await staff('POST', '/api/drafts', {
    accountIds: [gp.seeded.accountId],
    text: 'Our summer fair is on Saturday from 10am.',
  });
  const uploaded = await staff('POST', `/api/drafts/${draft.id}/media`, form(fields));
  return { draftId: draft.id as string, uploaded };
}

async function checked(draftId: string) {
  expect((await staff('POST', `/api/drafts/${draftId}/submit`)).status).toBe(202);
  return waitForState(staff, draftId, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'], 60_000);
}

const rights = (draft: { findings: { category: string }[] }) =>
  draft.findings.filter((f) => f.category === 'image_rights');

describe('image rights', () => {
  it('blocks a photo that does not say where it comes from, until its source is declared', async () => {
    const { draftId, uploaded } = await draftWithPhoto();
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.source).toBeNull();
    const sentBack = await checked(draftId);
    expect(sentBack.state).toBe('CHANGES_REQUIRED');
    expect(rights(sentBack)).toEqual([
      expect.objectContaining({ ruleId: 'media.image-source', severity: 'block', clause: '§3' }),
    ]);

    // Licensed, with no note of the licence: refused, and nothing changes.
    const mediaId = uploaded.body.id;
    const noNote = await staff('PATCH', `/api/media/${mediaId}`, { source: 'LICENSED' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.message).toMatch(/what allows the school to post this image/);
    expect((await staff('GET', `/api/drafts/${draftId}`)).body.media[0].source).toBeNull();

    const declared = await staff('PATCH', `/api/media/${mediaId}`, {
      source: 'LICENSED',
      sourceNote: 'Canva Pro licence, school account',
    });
    expect(declared.status).toBe(200);
    expect(declared.body).toMatchObject({
      source: 'LICENSED',
      sourceNote: 'Canva Pro licence, school account',
    });
    // The declaration is the author's edit: the draft is theirs again until resubmitted.
    expect((await staff('GET', `/api/drafts/${draftId}`)).body.state).toBe('DRAFT');
    const waiting = await checked(draftId);
    expect(waiting.state).toBe('AWAITING_APPROVAL');
    // The approver is shown the licence to check.
    expect(rights(waiting)).toEqual([
      expect.objectContaining({
        ruleId: 'media.image-licence',
        severity: 'warn',
        message: expect.stringContaining('Canva Pro licence'),
      }),
    ]);
  });

  it('takes the source with the upload, and a photo taken by staff passes without a note', async () => {
    const { draftId, uploaded } = await draftWithPhoto({ source: 'TAKEN_BY_STAFF' });
    expect(uploaded.body.source).toBe('TAKEN_BY_STAFF');
    const waiting = await checked(draftId);
    expect(waiting.state).toBe('AWAITING_APPROVAL');
    expect(rights(waiting)).toEqual([]);
  });

  it('refuses an unknown source or a licensed upload without its note, keeping nothing', async () => {
    const bogus = await draftWithPhoto({ source: 'GOOGLE_IMAGES' });
    expect(bogus.uploaded.status).toBe(400);
    expect(bogus.uploaded.body.error.message).toMatch(/TAKEN_BY_STAFF, PUPIL_WORK, LICENSED, OTHER/);
    const other = await draftWithPhoto({ source: 'OTHER' });
    expect(other.uploaded.status).toBe(400);
    for (const draftId of [bogus.draftId, other.draftId]) {
      expect((await staff('GET', `/api/drafts/${draftId}`)).body.media).toEqual([]);
    }
  });
});
