// Photos on drafts: checked from their bytes, anonymised by the media-scan worker, bound by
// the approval, reviewed when detection is unsure, and published exactly as approved.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { approve, waitForState } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { ameliaHughes, oliverOkafor } from '../support/roster.ts';

const faces = path.resolve(import.meta.dirname, '../../../shared/faces');
const photo = (name: string) => readFileSync(path.join(faces, 'images', name));
const groundTruth = JSON.parse(readFileSync(path.join(faces, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { x: number; y: number; w: number; h: number }[]
>;

const { gp, staff, officer } = signedInGatepost({
  roster: [ameliaHughes, oliverOkafor],
  as: ['staff', 'officer'],
});

function form(bytes: Buffer, altText: string, name = 'photo.jpg') {
  const data = new FormData();
  data.set('file', new Blob([new Uint8Array(bytes)]), name);
  data.set('altText', altText);
  // §3 copyright: every photo says where it comes from (image-rights.test.ts covers the rest).
  data.set('source', 'TAKEN_BY_STAFF');
  return data;
}

async function draftWithPhoto(text: string, bytes: Buffer, altText: string) {
  const { body: draft } = await staff('POST', '/api/drafts', { accountIds: [gp.seeded.accountId], text });
  const uploaded = await staff('POST', `/api/drafts/${draft.id}/media`, form(bytes, altText));
  expect(uploaded.status).toBe(201);
  return { draftId: draft.id as string, mediaId: uploaded.body.id as string };
}

async function scanned(draftId: string) {
  for (let i = 0; i < 600; i++) {
    const { body } = await staff('GET', `/api/drafts/${draftId}`);
    if (body.media.every((m: { state: string }) => m.state !== 'PENDING')) return body;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('photo never scanned');
}

/** Mean absolute difference between two same-size images inside a box. */
async function changeInside(a: Buffer, b: Buffer, box: { x: number; y: number; w: number; h: number }) {
  const region = { left: box.x, top: box.y, width: box.w, height: box.h };
  const [pa, pb] = await Promise.all(
    [a, b].map((img) => sharp(img).rotate().extract(region).removeAlpha().raw().toBuffer()),
  );
  let sum = 0;
  for (let i = 0; i < pa!.length; i++) sum += Math.abs(pa![i]! - pb![i]!);
  return sum / pa!.length;
}

describe('a photo on a draft', () => {
  it('has every face blurred, no metadata, and its original shown only to reviewers', async () => {
    const original = photo('fjs-bbt1.jpg');
    const { draftId, mediaId } = await draftWithPhoto(
      'Our drama club rehearsing for the winter show.',
      original,
      'Four actors on stage rehearsing a scene',
    );
    const draft = await scanned(draftId);
    const media = draft.media[0];
    expect(media.faces.length).toBeGreaterThanOrEqual(4);
    expect(media.faces.every((f: { action: string }) => f.action === 'blurred')).toBe(true);

    const processed = await staff('GET', `/api/media/${mediaId}/processed`);
    expect(processed.status).toBe(200);
    expect(processed.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(processed.body).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    for (const face of groundTruth['fjs-bbt1.jpg']!) {
      expect(await changeInside(original, processed.body, face)).toBeGreaterThan(8);
    }
    expect((await staff('GET', `/api/media/${mediaId}/original`)).status).toBe(403);
    const seen = await officer('GET', `/api/media/${mediaId}/original`);
    expect(seen.status).toBe(200);
    expect((await sharp(seen.body).metadata()).exif).toBeUndefined();
  });

  it('goes out exactly as approved: the hash covers the processed photo and alt text', async () => {
    const { draftId, mediaId } = await draftWithPhoto(
      'A lovely afternoon at the allotment.',
      photo('df-img1.jpg'),
      'A person smiling outdoors',
    );
    const before = await scanned(draftId);
    expect((await staff('POST', `/api/drafts/${draftId}/submit`)).status).toBe(202);
    const ready = await waitForState(staff, draftId, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'], 60_000);
    expect(ready.state).toBe('AWAITING_APPROVAL');
    expect(ready.contentHash).toBe(before.contentHash);
    // Changing only the description is a change of what would be published.
    const described = await staff('PATCH', `/api/media/${mediaId}`, {
      altText: 'A person smiling in the allotment',
    });
    expect(described.status).toBe(200);
    const after = (await staff('GET', `/api/drafts/${draftId}`)).body;
    expect(after.contentHash).not.toBe(ready.contentHash);
    expect(after.state).toBe('DRAFT');
    expect((await approve(officer, ready)).status).toBe(409);
    await staff('POST', `/api/drafts/${draftId}/submit`);
    const again = await waitForState(staff, draftId, ['AWAITING_APPROVAL'], 60_000);
    expect((await approve(officer, again)).status).toBe(200);
    const published = await waitForState(staff, draftId, ['PUBLISHED'], 30_000);
    expect(published.publications[0].state).toBe('PUBLISHED');
  });

  it('blocks a photo without a description, and a pupil’s full name alongside a photo (§7)', async () => {
    const { draftId } = await draftWithPhoto('Amelia Hughes at the allotment.', photo('df-img19.jpg'), '');
    await scanned(draftId);
    await staff('POST', `/api/drafts/${draftId}/submit`);
    const checked = await waitForState(staff, draftId, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'], 60_000);
    expect(checked.state).toBe('CHANGES_REQUIRED');
    const rules = checked.findings.map((f: { ruleId: string; clause: string }) => `${f.ruleId} ${f.clause}`);
    expect(rules).toContain('media.alt-text §1');
    expect(
      checked.findings.some(
        (f: { clause: string; message: string }) => f.clause === '§7' && /image|photo/i.test(f.message),
      ),
    ).toBe(true);
  });

  it('keeps a face visible only when linked to a pupil whose consent covers it', async () => {
    const { draftId, mediaId } = await draftWithPhoto(
      'Well done on the reading award!',
      photo('df-img1.jpg'),
      'A pupil holding a certificate',
    );
    const draft = await scanned(draftId);
    const face = draft.media[0].faces[0];
    const pupils = (await officer('GET', '/api/pupils')).body as { id: string; upn: string }[];
    const list = Array.isArray(pupils) ? pupils : (pupils as any).pupils;
    const withConsent = list.find((p: { upn: string }) => p.upn === 'P823741005101');
    const without = list.find((p: { upn: string }) => p.upn === 'D823741005102');

    expect(
      (await staff('POST', `/api/media/${mediaId}/faces/${face.id}/link`, { pupilId: without.id })).status,
    ).toBe(200);
    let linked = (await scanned(draftId)).media[0];
    expect(linked.faces.find((f: { id: string }) => f.id === face.id)).toMatchObject({
      action: 'blurred',
      personId: without.id,
    });
    expect(linked.reviewReasons.join(' ')).toMatch(/consent/i);

    expect(
      (await staff('POST', `/api/media/${mediaId}/faces/${face.id}/link`, { pupilId: withConsent.id }))
        .status,
    ).toBe(200);
    linked = (await scanned(draftId)).media[0];
    expect(linked.faces.find((f: { id: string }) => f.id === face.id)).toMatchObject({
      action: 'kept',
      personId: withConsent.id,
    });
  });

  it('sends an unsure photo to a reviewer: no approval until someone has looked', async () => {
    const dark = await sharp(photo('fjs-happy.jpg')).linear(0.08, 0).jpeg().toBuffer();
    const { draftId, mediaId } = await draftWithPhoto(
      'Stargazing club met last night.',
      dark,
      'Pupils looking at the night sky',
    );
    const draft = await scanned(draftId);
    expect(draft.media[0].state).toBe('REVIEW_REQUIRED');
    expect(draft.media[0].reviewReasons.length).toBeGreaterThan(0);
    await staff('POST', `/api/drafts/${draftId}/submit`);
    const ready = await waitForState(staff, draftId, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'], 60_000);
    expect(ready.state).toBe('AWAITING_APPROVAL');
    const refused = await approve(officer, ready);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Photo 1/);
    expect((await staff('POST', `/api/media/${mediaId}/regions`, { regions: [] })).status).toBe(403);
    const confirmed = await officer('POST', `/api/media/${mediaId}/regions`, { regions: [] });
    expect(confirmed.body.state).toBe('READY');
    const current = (await officer('GET', `/api/drafts/${draftId}`)).body;
    expect(current.contentHash).toBe(ready.contentHash);
    expect((await approve(officer, current)).status).toBe(200);
  });
});

describe('uploads that are not photos', () => {
  it.each([
    ['zero bytes', Buffer.alloc(0), 400],
    ['a text file named .jpg', Buffer.from('hello, this is not a picture'), 415],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 415],
    ['a truncated JPEG', photo('df-img19.jpg').subarray(0, 2_000), 400],
  ])('%s is refused with a clear message and nothing is saved', async (_what, bytes, status) => {
    const { body: draft } = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Photo to follow',
    });
    const res = await staff('POST', `/api/drafts/${draft.id}/media`, form(bytes as Buffer, 'A photo'));
    expect(res.status).toBe(status);
    expect(res.body.error.message.length).toBeGreaterThan(10);
    expect((await staff('GET', `/api/drafts/${draft.id}`)).body.media).toEqual([]);
  });

  it('a file that is not a photo is told every format Gatepost takes, WebP and AVIF included', async () => {
    const { body: draft } = await staff('POST', '/api/drafts', {
      accountIds: [gp.seeded.accountId],
      text: 'Photo to follow',
    });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/></svg>');
    const res = await staff('POST', `/api/drafts/${draft.id}/media`, form(svg, 'A photo'));
    expect(res.status).toBe(415);
    expect(res.body.error.message).toMatch(/upload a JPEG, PNG, WebP or AVIF photo/);
  });
});
