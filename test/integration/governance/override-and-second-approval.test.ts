// The headteacher's part in approvals: overriding defined blocking rules with a recorded reason,
// and an optional second approval after the marketing officer's.
import { describe, expect, it } from 'vitest';
import { waitForState } from '../../support/gatepost.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';
import { makeDraft, type SchoolFixture } from '../../support/schools.ts';

const { gp, db, school } = gatepostWithSchools();

const political = { ruleId: 'political.opinion', category: 'political', severity: 'BLOCK' as const };
const offensive = { ruleId: 'offensive.profanity', category: 'offensive', severity: 'BLOCK' as const };
const reason = 'The post reports the MP’s visit to the school neutrally; no side is taken.';

describe('a headteacher’s override', () => {
  it('lets a defined block stand with the reason on record; the officer then approves as usual', async () => {
    const draft = await makeDraft(db, school, 'CHANGES_REQUIRED', { findings: [political] });
    const path = `/api/drafts/${draft.id}/override`;
    expect((await school.as.officer('POST', path, { ruleIds: [political.ruleId], reason })).status).toBe(403);
    expect(
      (await school.as.officer('POST', `/api/drafts/${draft.id}/approve`, { contentHash: draft.contentHash }))
        .status,
    ).toBe(409);

    const overridden = await school.as.head('POST', path, { ruleIds: [political.ruleId], reason });
    expect(overridden.status).toBe(200);
    expect(overridden.body.state).toBe('AWAITING_APPROVAL');
    const audit = await school.as.head('GET', `/api/audit?subjectId=${draft.id}&action=draft.override`);
    expect(audit.body[0]).toMatchObject({
      actorId: school.userIds.head,
      data: { ruleIds: [political.ruleId], reason },
    });

    const approved = await school.as.officer('POST', `/api/drafts/${draft.id}/approve`, {
      contentHash: draft.contentHash,
    });
    expect(approved.status).toBe(200);
    expect((await waitForState(school.as.officer, draft.id, ['PUBLISHED'])).state).toBe('PUBLISHED');
  });

  it('refuses rules that may never be overridden, rules that do not block, and a missing reason', async () => {
    const draft = await makeDraft(db, school, 'CHANGES_REQUIRED', { findings: [political, offensive] });
    const path = `/api/drafts/${draft.id}/override`;
    const both = await school.as.head('POST', path, {
      ruleIds: [political.ruleId, offensive.ruleId],
      reason,
    });
    expect(both.status).toBe(400);
    expect(both.body.error.message).toBe(
      'These findings cannot be overridden and must be fixed by the author: offensive.profanity.',
    );
    const stranger = await school.as.head('POST', path, { ruleIds: ['spam.links'], reason });
    expect(stranger.body.error.message).toMatch(/do not block this draft: spam.links/);
    const terse = await school.as.head('POST', path, { ruleIds: [political.ruleId], reason: 'ok' });
    expect(terse.body.error.message).toMatch(/Record why/);
    expect((await school.as.head('GET', `/api/drafts/${draft.id}`)).body.state).toBe('CHANGES_REQUIRED');
  });

  it('does not carry over to an edited version', async () => {
    const draft = await makeDraft(db, school, 'CHANGES_REQUIRED', { findings: [political] });
    await school.as.head('POST', `/api/drafts/${draft.id}/override`, { ruleIds: [political.ruleId], reason });
    const edited = await school.as.staff('PATCH', `/api/drafts/${draft.id}`, {
      text: 'Our MP visited Year 6 today.',
    });
    expect(edited.body.state).toBe('DRAFT');
    const rows = await gp.db.sql('SELECT "contentHash" FROM "FindingOverride" WHERE "draftId" = $1', [
      draft.id,
    ]);
    expect(rows.rows.map((r) => r.contentHash)).toEqual([draft.contentHash]);
    expect(edited.body.contentHash).not.toBe(draft.contentHash);
  });
});

describe('a second approver', () => {
  it('when the school asks for the headteacher, the officer approves first and the head completes it', async () => {
    const policy = await school.as.head('PATCH', `/api/schools/${school.schoolId}/approval-policy`, {
      secondApproverRole: 'HEADTEACHER',
    });
    expect(policy.body).toEqual({ schoolId: school.schoolId, secondApproverRole: 'HEADTEACHER' });
    const draft = await makeDraft(db, school, 'AWAITING_APPROVAL');
    const approve = (as: keyof SchoolFixture['as']) =>
      school.as[as]('POST', `/api/drafts/${draft.id}/approve`, { contentHash: draft.contentHash });

    const headFirst = await approve('head');
    expect(headFirst.status).toBe(409);
    expect(headFirst.body.error.message).toMatch(/marketing officer approves first/);
    const first = await approve('officer');
    expect(first.status).toBe(200);
    expect(first.body.state).toBe('AWAITING_APPROVAL');
    const again = await approve('officer');
    expect(again.status).toBe(403);
    expect(again.body.error.message).toMatch(/also needs the headteacher’s approval/);

    const second = await approve('head');
    expect(second.status).toBe(200);
    expect(['APPROVED', 'PUBLISHING', 'PUBLISHED']).toContain(second.body.state);
    expect((await waitForState(school.as.officer, draft.id, ['PUBLISHED'])).state).toBe('PUBLISHED');
    const actions = (await school.as.head('GET', `/api/audit?subjectId=${draft.id}`)).body.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['draft.approve-first', 'draft.approve']));
  });

  it('an edit between the two approvals voids the officer’s too', async () => {
    const draft = await makeDraft(db, school, 'AWAITING_APPROVAL');
    await school.as.officer('POST', `/api/drafts/${draft.id}/approve`, { contentHash: draft.contentHash });
    await school.as.staff('PATCH', `/api/drafts/${draft.id}`, { text: 'Changed after the officer saw it.' });
    const head = await school.as.head('POST', `/api/drafts/${draft.id}/approve`, {
      contentHash: draft.contentHash,
    });
    expect(head.status).toBe(409);
    await school.as.head('PATCH', `/api/schools/${school.schoolId}/approval-policy`, {
      secondApproverRole: null,
    });
  });
});
