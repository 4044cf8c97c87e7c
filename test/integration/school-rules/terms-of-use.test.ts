// Each school's own terms of use (§2): its allowed phrases stop findings that only look like
// problems there, its blocked terms catch drafts already waiting, and findings cite the version.
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../services/demo/seed-demo.ts';
import { type Api, PASSWORD, waitForState } from '../../support/gatepost.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';
import { type Client, signIn } from '../../support/schools.ts';

// A pupil whose name is also the demo school's name: a real clash schools meet.
const holly = {
  upn: 'H801200300401',
  firstName: 'Holly',
  lastName: 'Bank',
  yearGroup: 'Year 3',
  photoConsent: true,
  nameConsent: true,
};

let neighbour: { schoolId: string; accountId: string; staff: Client; officer: Client };

const { gp, db, school: home } = gatepostWithSchools({ roster: [holly] });
beforeAll(async () => {
  const domain = 'neighbour.gatepost.test';
  const seeded = await seedDemo(db.prisma, {
    password: PASSWORD,
    roster: [holly],
    names: { trust: 'Neighbour Trust', school: 'Neighbour Primary', handle: 'neighbour', domain },
  });
  neighbour = {
    schoolId: seeded.schoolId,
    accountId: seeded.accountId,
    staff: await signIn(gp, `staff@${domain}`),
    officer: await signIn(gp, `officer@${domain}`),
  };
});

const termsPath = (schoolId: string) => `/api/schools/${schoolId}/terms-of-use`;
const categories = (findings: { category: string }[]) => findings.map((f) => f.category);

async function submitted(as: Api, accountId: string, text: string) {
  const created = await as('POST', '/api/drafts', { accountIds: [accountId], text });
  expect(created.status).toBe(201);
  expect((await as('POST', `/api/drafts/${created.body.id}/submit`)).status).toBe(202);
  return created.body.id as string;
}

const hollyBank = {
  allowed: [{ phrase: 'Holly Bank', reason: 'Our school’s name' }],
};

describe('allowed phrases', () => {
  it('stop a false pupil-name finding in the school that allowed them, and only there', async () => {
    const text = 'Welcome back to Holly Bank! Our autumn term starts on Monday.';
    // Before any terms, both schools see the clash with the pupil's name.
    const before = await home.as.staff('POST', '/api/checks/text', { text, accountIds: [home.accountId] });
    expect(categories(before.body)).toContain('pupil_full_name');

    const saved = await home.as.officer('POST', termsPath(home.schoolId), hollyBank);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ version: 1, allowed: hollyBank.allowed });

    const preview = await home.as.staff('POST', '/api/checks/text', { text, accountIds: [home.accountId] });
    expect(preview.status).toBe(200);
    expect(categories(preview.body)).not.toContain('pupil_full_name');
    expect(categories(preview.body)).not.toContain('pupil_first_name');
    const theirs = await neighbour.staff('POST', '/api/checks/text', {
      text,
      accountIds: [neighbour.accountId],
    });
    expect(categories(theirs.body)).toContain('pupil_full_name');

    // The job applies them too: ours waits for approval, theirs goes back for changes.
    const ours = await submitted(home.as.staff, home.accountId, text);
    const other = await submitted(neighbour.staff, neighbour.accountId, text);
    expect((await waitForState(home.as.staff, ours, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'])).state).toBe(
      'AWAITING_APPROVAL',
    );
    const sentBack = await waitForState(neighbour.staff, other, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED']);
    expect(sentBack.state).toBe('CHANGES_REQUIRED');
  });
});

describe('a new blocked term', () => {
  it('catches a draft already awaiting approval, sends it back, and cites the version and rule', async () => {
    const id = await submitted(
      home.as.staff,
      home.accountId,
      'Shark Week assembly was brilliant, thank you all!',
    );
    expect((await waitForState(home.as.staff, id, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED'])).state).toBe(
      'AWAITING_APPROVAL',
    );

    const saved = await home.as.officer('POST', termsPath(home.schoolId), {
      ...hollyBank,
      blocked: [{ term: 'shark week', reason: 'A TV brand we are asked not to use' }],
    });
    expect(saved.status).toBe(201);
    expect(saved.body.version).toBe(2);
    expect(saved.body.recheckedDraftIds).toContain(id);

    const draft = await waitForState(home.as.staff, id, ['CHANGES_REQUIRED'], 30_000);
    const finding = draft.findings.find((f: { ruleId: string }) => f.ruleId === 'terms.blocked');
    expect(finding).toMatchObject({ severity: 'block', category: 'terms_of_use', clause: '§2' });
    expect(finding.message).toContain('terms of use v2, rule 1');
    expect(finding.message).toContain('A TV brand we are asked not to use');
    expect(draft.text.slice(finding.span[0], finding.span[1])).toBe('Shark Week');

    // Both the change and what it did to the draft are in the audit trail.
    const trail = await home.as.head('GET', `/api/audit?subjectId=${id}`);
    expect(trail.body.map((e: { action: string }) => e.action)).toContain('draft.recheck');
    const change = await home.as.head('GET', `/api/audit?subjectId=${home.schoolId}`);
    expect(change.body.map((e: { action: string }) => e.action)).toContain('terms_of_use.changed');
  });
});

describe('the terms themselves', () => {
  it('are kept as versions everyone who drafts can read', async () => {
    const current = await home.as.staff('GET', termsPath(home.schoolId));
    expect(current.status).toBe(200);
    expect(current.body.numbered[0]).toMatchObject({ number: 1, kind: 'blocked', term: 'shark week' });
    const versions = await home.as.staff('GET', `${termsPath(home.schoolId)}/versions`);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    // Another school's terms are not ours to read.
    expect((await home.as.staff('GET', termsPath(neighbour.schoolId))).status).toBe(404);
  });

  it('refuses unclear rules with a specific message and keeps the version in force', async () => {
    const noReason = await home.as.officer('POST', termsPath(home.schoolId), {
      blocked: [{ term: 'fundraiser', reason: '' }],
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(/Give a reason/);
    const badHours = await home.as.officer('POST', termsPath(home.schoolId), {
      postingHours: { from: '7am', to: '20:00', reason: 'Family time' },
    });
    expect(badHours.status).toBe(400);
    expect(badHours.body.error.message).toMatch(/HH:MM/);
    const both = await home.as.officer('POST', termsPath(home.schoolId), {
      allowed: [{ phrase: 'Rose Garden', reason: 'Our garden' }],
      blocked: [{ term: 'rose garden', reason: 'Closed' }],
    });
    expect(both.status).toBe(400);
    expect(both.body.error.message).toMatch(/both allowed and blocked/);
    expect((await home.as.staff('GET', termsPath(home.schoolId))).body.version).toBe(2);
  });

  it('are written by the marketing officer only', async () => {
    const res = await home.as.head('POST', termsPath(home.schoolId), hollyBank);
    expect(res.status).toBe(403);
  });
});
