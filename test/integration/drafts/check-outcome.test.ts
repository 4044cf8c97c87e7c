// A draft moves only as the one who moves it read it: if the draft was written or a photo left
// the scanner in between, nothing the move carries (findings, audit) is saved, so the officer
// never sees findings of one version of a post beside the state of another. No workers run
// here, so the photo stays with the scanner until a test finishes it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plannedStates, type Step } from '../../../services/drafts/change-state.ts';
import { findDraftToCheck, findingsReplaced, moveDraft } from '../../../services/repositories/drafts.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';
import { sharedPhoto } from '../../support/shared-photos.ts';

const { gp, db, staff } = signedInGatepost({ role: 'api', as: ['staff'], database: true });

const eagle = readFileSync(sharedPhoto('dl-nf_eagle.jpg'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function submittedWithPhotoAtScanner() {
  const created = await staff('POST', '/api/drafts', {
    accountIds: [gp.seeded.accountId],
    text: 'Our eagle visitor came to assembly this morning.',
  });
  expect(created.status).toBe(201);
  const data = new FormData();
  data.set('file', new Blob([new Uint8Array(eagle)]), 'eagle.jpg');
  data.set('altText', 'An eagle perched on a falconer’s glove');
  data.set('source', 'TAKEN_BY_STAFF');
  expect((await staff('POST', `/api/drafts/${created.body.id}/media`, data)).status).toBe(201);
  expect((await staff('POST', `/api/drafts/${created.body.id}/submit`)).status).toBe(202);
  const read = await findDraftToCheck(db.prisma, created.body.id);
  expect(read?.media.map((m) => m.state)).toEqual(['PENDING']);
  return read!;
}

type Read = Awaited<ReturnType<typeof submittedWithPhotoAtScanner>>;

const move = (read: Read, steps: Step[]) => ({
  draftId: read.id,
  from: read.state,
  read,
  photosPending: read.media.some((m) => m.state === 'PENDING'),
  ...plannedStates({ draft: read, actorId: null, steps }),
});

const seenByStaff = async (id: string) => (await staff('GET', `/api/drafts/${id}`)).body;
const auditCount = async (draftId: string) =>
  (await gp.db.sql(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "subjectId" = $1`, [draftId])).rows[0]
    .n;

const politicalFinding = (contentHash: string) =>
  findingsReplaced(contentHash, [
    {
      ruleId: 'political.party',
      category: 'political',
      severity: 'BLOCK',
      clause: '§3',
      message: 'Names a political party.',
      span: [4, 9],
    },
  ]);

describe('a draft’s move', () => {
  it('writes nothing when the draft was written after it was read', async () => {
    const read = await submittedWithPhotoAtScanner();
    const events = await auditCount(read.id);
    const startChecks = move(read, [{ action: 'startChecks' }]);

    const editedText = { ...read, contentHash: 'f'.repeat(64) };
    expect(
      await moveDraft(db.prisma, { ...startChecks, read: editedText }, politicalFinding(read.contentHash)),
    ).toBe(false);
    const touched = { ...read, updatedAt: new Date(read.updatedAt.getTime() - 1) };
    expect(
      await moveDraft(db.prisma, { ...startChecks, read: touched }, politicalFinding(read.contentHash)),
    ).toBe(false);

    const draft = await seenByStaff(read.id);
    expect(draft.state).toBe('SUBMITTED');
    expect(draft.findings).toEqual([]);
    expect(await auditCount(read.id)).toBe(events);
  });

  it('waits for the scanner finishing a photo, then writes nothing; read again, it decides whole', async () => {
    const read = await submittedWithPhotoAtScanner();
    const events = await auditCount(read.id);

    // The scanner finishes the photo in a transaction that is still open when the check writes.
    await gp.db.sql('BEGIN');
    await gp.db.sql(`UPDATE "Media" SET state = 'READY' WHERE "draftId" = $1`, [read.id]);
    let settled = false;
    const checked = moveDraft(db.prisma, move(read, [{ action: 'startChecks' }])).finally(() => {
      settled = true;
    });
    await sleep(300);
    expect(settled).toBe(false);
    await gp.db.sql('COMMIT');
    expect(await checked).toBe(false);
    expect((await seenByStaff(read.id)).state).toBe('SUBMITTED');

    const now = (await findDraftToCheck(db.prisma, read.id))!;
    const decided = move(now, [
      { action: 'startChecks' },
      { action: 'requireChanges', data: { blocking: ['political.party'] } },
    ]);
    expect(await moveDraft(db.prisma, decided, politicalFinding(read.contentHash))).toBe(true);
    const draft = await seenByStaff(read.id);
    expect(draft.state).toBe('CHANGES_REQUIRED');
    expect(draft.findings).toEqual([
      expect.objectContaining({ ruleId: 'political.party', severity: 'block', clause: '§3', span: [4, 9] }),
    ]);
    expect(await auditCount(read.id)).toBe(events + 2);

    // The same move again is a lost race: nothing more is written.
    expect(await moveDraft(db.prisma, decided, politicalFinding(read.contentHash))).toBe(false);
    expect(await auditCount(read.id)).toBe(events + 2);
  });
});
