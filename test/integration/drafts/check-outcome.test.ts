// A check's outcome is written only for the draft it read: if a photo's state, the text or the
// draft's state moved while the rules ran, nothing it found or decided is saved, so the officer
// never sees findings of one version of a post beside the state of another.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsReplaced, moveDraft } from '../../../services/repositories/drafts.ts';
import { waitForState } from '../../support/gatepost.ts';
import { signedInGatepost } from '../../support/gatepost-for-file.ts';

const { gp, db, staff } = signedInGatepost({ as: ['staff'], database: true });

const eagle = readFileSync(
  path.resolve(import.meta.dirname, '../../../../shared/faces/images/dl-nf_eagle.jpg'),
);

async function checkedDraftWithPhoto() {
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
  return waitForState(staff, created.body.id, ['AWAITING_APPROVAL'], 60_000);
}

const auditCount = async (draftId: string) =>
  (await gp.db.sql(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "subjectId" = $1`, [draftId])).rows[0]
    .n;

describe('a text check’s outcome', () => {
  it('is not saved when a photo changed state while the rules ran, and is saved whole when nothing did', async () => {
    const draft = await checkedDraftWithPhoto();
    const events = await auditCount(draft.id);
    const findings = findingsReplaced(draft.contentHash, [
      {
        ruleId: 'political.party',
        category: 'political',
        severity: 'BLOCK' as const,
        clause: '§3',
        message: 'Names a political party.',
        span: [4, 9] as [number, number],
      },
    ]);
    const move = {
      draftId: draft.id,
      from: 'AWAITING_APPROVAL' as const,
      contentHash: draft.contentHash,
      to: 'CHANGES_REQUIRED' as const,
      audit: [
        {
          schoolId: draft.schoolId,
          actorId: null,
          action: 'draft.requireChanges',
          subjectType: 'draft',
          subjectId: draft.id,
          data: { from: 'AWAITING_APPROVAL', to: 'CHANGES_REQUIRED' },
        },
      ],
    };

    // The rules read the photo while the scanner still had it.
    expect(await moveDraft(db.prisma, { ...move, photoStates: ['PENDING'] }, findings)).toBe(false);
    const untouched = (await staff('GET', `/api/drafts/${draft.id}`)).body;
    expect(untouched.state).toBe('AWAITING_APPROVAL');
    expect(untouched.findings).toEqual(draft.findings);
    expect(await auditCount(draft.id)).toBe(events);

    // Read as it is: the state moves, the findings are replaced and the move is audited.
    const photoStates = draft.media.map((m: { state: string }) => m.state);
    expect(await moveDraft(db.prisma, { ...move, photoStates }, findings)).toBe(true);
    const decided = (await staff('GET', `/api/drafts/${draft.id}`)).body;
    expect(decided.state).toBe('CHANGES_REQUIRED');
    expect(decided.findings).toEqual([
      expect.objectContaining({ ruleId: 'political.party', severity: 'block', clause: '§3', span: [4, 9] }),
    ]);
    expect(await auditCount(draft.id)).toBe(events + 1);

    // Once moved, the same outcome again is a lost race: nothing more is written.
    expect(await moveDraft(db.prisma, { ...move, photoStates }, findings)).toBe(false);
    expect(await auditCount(draft.id)).toBe(events + 1);
  });
});
