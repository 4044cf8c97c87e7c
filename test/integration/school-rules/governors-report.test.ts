// The governors' report (§12): for a period, its figures equal what a seeded scenario did —
// posts through each outcome, findings, approval times, faces, consent, replies, escalations,
// offenders — and nothing from another school or outside the period.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { governorsReportSchema } from '../../../services/api/report-schemas.ts';
import { changeState } from '../../../services/drafts/change-state.ts';
import { figureText, reportSections } from '../../../services/reports/governors-sections.ts';
import { inTransaction } from '../../../services/repositories/db.ts';
import { approve, waitForState } from '../../support/gatepost.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';
import { pdfPages } from '../../support/pdf-text.ts';
import { makeEscalation, makeReply } from '../../support/replies.ts';
import { makeDraft, type SchoolFixture } from '../../support/schools.ts';

let period: string;

const political = { ruleId: 'political.opinion', category: 'political', severity: 'BLOCK' as const };
const fullName = { ruleId: 'pupil.full-name', category: 'pupil_full_name', severity: 'BLOCK' as const };

async function published(school: SchoolFixture) {
  const draft = await makeDraft(db, school, 'AWAITING_APPROVAL');
  const waiting = await waitForState(school.as.officer, draft.id, ['AWAITING_APPROVAL']);
  expect((await approve(school.as.officer, waiting)).status).toBe(200);
  return waitForState(school.as.officer, draft.id, ['PUBLISHED'], 30_000);
}

const { db, school: home, other } = gatepostWithSchools({ other: true });
beforeAll(async () => {
  const from = new Date(Date.now() - 60_000).toISOString();
  const to = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
  period = `from=${encodeURIComponent(from)}&to=${to}`;

  // Posts: 2 published (one later taken down), 1 rejected, 1 returned, 2 sent back by checks, 1 withdrawn.
  const [first] = [await published(home), await published(home)];
  const rejected = await makeDraft(db, home, 'AWAITING_APPROVAL');
  await home.as.officer('POST', `/api/drafts/${rejected.id}/reject`, { reason: 'Not for our page.' });
  const returned = await makeDraft(db, home, 'AWAITING_APPROVAL');
  await home.as.officer('POST', `/api/drafts/${returned.id}/return`, { reason: 'Add the date.' });
  await makeDraft(db, home, 'CHANGES_REQUIRED', { findings: [political] });
  await makeDraft(db, home, 'CHANGES_REQUIRED', { findings: [political, fullName] });
  const withdrawn = await makeDraft(db, home, 'DRAFT');
  expect((await home.as.staff('DELETE', `/api/drafts/${withdrawn.id}`)).status).toBe(200);

  // A takedown of the first published post, requested and confirmed.
  await inTransaction(db.prisma, async (tx) => {
    const draft = await tx.draft.findUniqueOrThrow({ where: { id: first!.id } });
    await changeState(tx, { draft, action: 'requestTakedown', actorId: null, data: { reason: 'test' } });
  });
  await home.as.officer('POST', `/api/drafts/${first!.id}/takedown`);
  await waitForState(home.as.officer, first!.id, ['TAKEN_DOWN'], 30_000);

  // One photo with three faces blurred and one shown with consent.
  await db.prisma.media.create({
    data: {
      draftId: rejected.id,
      position: 0,
      altText: 'Pupils on the field at sports day',
      state: 'READY',
      originalKey: `originals/${randomUUID()}`,
      originalSha256: 'a'.repeat(64),
      uploadedById: home.userIds.staff,
      faces: ['blurred', 'blurred', 'blurred', 'kept'].map((action, i) => ({
        id: `f${i}`,
        box: { x: i * 10, y: 0, w: 10, h: 10 },
        score: 0.9,
        action,
      })),
    },
  });

  // A consent withdrawal through the consent record log.
  const record = await db.prisma.consentRecord.findFirstOrThrow({
    where: { schoolId: home.schoolId, pupilId: { not: null }, grantedAt: { not: null }, withdrawnAt: null },
    include: { pupil: true },
  });
  const withdrawal = await home.as.officer('POST', '/api/consent/withdraw', {
    upn: record.pupil!.upn,
    purposes: [record.purpose.toLowerCase()],
  });
  expect(withdrawal.status).toBe(200);

  // Replies: hidden abusive ×3 (one also spam), one abusive left visible, one hidden long ago.
  await makeReply(db, home, { hidden: true, labels: ['abusive'] });
  await makeReply(db, home, { hidden: true, labels: ['abusive'] });
  await makeReply(db, home, { hidden: true, labels: ['abusive', 'spam'] });
  await makeReply(db, home, { hidden: false, labels: ['abusive'] });
  const old = await makeReply(db, home, { hidden: true, labels: ['spam'] });
  await db.prisma.reply.update({ where: { id: old.id }, data: { receivedAt: new Date('2020-01-01') } });

  // Escalations: two to the DSL, one acknowledged with an outcome.
  const escalation = await makeEscalation(db, home);
  await makeEscalation(db, home);
  await home.as.dsl('POST', `/api/escalations/${escalation.id}/acknowledge`);
  await home.as.dsl('POST', `/api/escalations/${escalation.id}/outcome`, { outcome: 'Spoke to the family.' });

  // Offenders: one over the default threshold of 3, one not.
  for (const count of [4, 1]) {
    await db.prisma.offender.create({
      data: {
        accountId: home.accountId,
        authorId: randomUUID(),
        authorHandle: '@x',
        count,
        labels: ['abusive'],
      },
    });
  }

  // The other school's activity must never reach this school's report.
  await published(other);
  await makeReply(db, other, { hidden: true, labels: ['abusive'] });
}, 180_000);

describe('the governors’ report', () => {
  it('counts exactly what the scenario did, for the school and its trust', async () => {
    const res = await home.as.head('GET', `/api/reports/governors?${period}`);
    expect(res.status).toBe(200);
    // The shape the dashboard parses it with.
    expect(governorsReportSchema.safeParse(res.body).error).toBeUndefined();
    expect(res.body.schools).toHaveLength(1);
    const school = res.body.schools[0];
    expect(school.schoolId).toBe(home.schoolId);
    expect(school.posts).toEqual({
      published: 2,
      rejected: 1,
      returned: 1,
      sentBackByChecks: 2,
      withdrawn: 1,
      failed: 0,
    });
    expect(school.findings).toEqual([
      { category: 'political', clause: '§3', severity: 'BLOCK', count: 2 },
      { category: 'pupil_full_name', clause: '§3', severity: 'BLOCK', count: 1 },
    ]);
    expect(school.approvalTime.approved).toBe(2);
    expect(school.approvalTime.medianHours).toBeGreaterThanOrEqual(0);
    expect(school.faces).toEqual({ photos: 1, blurred: 3, kept: 1 });
    expect(school.consent).toEqual({ withdrawals: 1, takedownsRequested: 1, takenDown: 1 });
    expect(school.repliesHidden).toEqual([
      { label: 'abusive', count: 3 },
      { label: 'spam', count: 1 },
    ]);
    expect(school.escalations).toEqual({
      raised: 2,
      acknowledged: 1,
      outcomeRecorded: 1,
      overdue: 0,
      byRoute: { DSL: 2 },
    });
    expect(school.offenders).toEqual({ authors: 2, overThreshold: 1, headteacherTold: 0 });
    // The trust's figures are its schools' added up (one school here).
    const { schoolId: _, name: _n, trustId, ...figures } = school;
    const trust = res.body.trusts[0];
    expect(trust.trustId).toBe(trustId);
    expect(trust).toMatchObject(figures);
    expect(JSON.stringify(res.body)).not.toContain(other.schoolId);
    expect(JSON.stringify(res.body)).not.toContain('Spoke to the family');
  });

  it('is a printable PDF with the same figures, named by the UK days it covers', async () => {
    const [json, res] = await Promise.all([
      home.as.officer('GET', `/api/reports/governors?${period}`),
      home.as.officer('GET', `/api/reports/governors.pdf?${period}`),
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const lastDay = period.slice(-10);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename=governors-report-${today}-to-${lastDay}.pdf`,
    );
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Each school and trust starts its own page; a reader sees every label with its figure.
    const text = (await pdfPages(pdf)).join('\n');
    expect(text).toMatch(/^Social media monitoring report\n/);
    const [school] = json.body.schools;
    const [trust] = json.body.trusts;
    const trustAt = text.indexOf(`${trust.name} (trust)`);
    expect(text.indexOf(`${school.name} (school)`)).toBeLessThan(trustAt);
    for (const section of reportSections(school)) {
      const written = section.items.length
        ? section.items.map((item) => `${item.label}\n${figureText(item)}`)
        : ['None in this period.'];
      for (const line of [section.title, ...written]) expect(text.slice(0, trustAt)).toContain(line);
    }
    for (const seeded of ['Published\n2', 'Sent back by checks\n2', 'Faces blurred\n3', 'abusive\n3'])
      expect(text).toContain(seeded);
  });

  it('is a CSV with formula cells neutralised, and a printable page with no script', async () => {
    await db.prisma.school.update({
      where: { id: home.schoolId },
      data: { name: '=HYPERLINK("x")<script>' },
    });
    const csv = await home.as.officer('GET', `/api/reports/governors.csv?${period}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (csv.body as string).split('\r\n');
    expect(lines[0]).toBe('scope,name,section,item,value,from,to');
    expect(lines).toContainEqual(
      expect.stringMatching(/^school,"'=HYPERLINK\(""x""\)<script>",Posts by outcome,Published,2,/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/,Replies hidden by label,abusive,3,/));

    const page = await home.as.head('GET', `/api/reports/governors.html?${period}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).toContain('&#60;script&#62;');
    expect(page.body).toMatch(
      /<caption>Posts by outcome<\/caption>.*<th scope="row">Published<\/th><td>2<\/td>/s,
    );
  });

  it('is for the officer and headteacher, over a period that makes sense', async () => {
    expect((await home.as.staff('GET', `/api/reports/governors?${period}`)).status).toBe(403);
    const backwards = await home.as.head('GET', '/api/reports/governors?from=2026-12-31&to=2026-09-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toMatch(/end after it starts/);
    const missing = await home.as.head('GET', '/api/reports/governors?from=yesterday&to=2026-09-01');
    expect(missing.status).toBe(400);
  });
});
