// The policy's forms end to end through the API: Appendix C (site creation) from request to a
// PENDING account the ICT technician may then connect, Appendix A (blocked content access) and
// Appendix B (inappropriate content, also raised from a reply), each audited and printable.
import { describe, expect, it } from 'vitest';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';
import { makeReply } from '../../support/replies.ts';
import type { SchoolFixture } from '../../support/schools.ts';

const { db, school } = gatepostWithSchools();

const siteFields = (handle: string, administrators = ['Ann Admin', 'Bob Backup']) => ({
  platform: 'FACEBOOK',
  handle,
  team: 'PE department',
  department: 'Physical education',
  moderator: 'Ann Admin',
  purpose: 'Share fixtures and results with families.',
  aims: 'More families at matches.',
  proposedContent: 'Fixtures, results, <b>team photos</b> with consent.',
  audience: ['families', 'staff'],
  contributors: ['staff'],
  administrators,
  contributorVetting: 'Ann Admin, head of PE',
  host: 'Facebook',
  goLiveDate: '2027-01-10',
  advertising: 'Staff briefing.',
  securityMeasures: 'Comments moderated; no pupil accounts followed.',
});

const step = (who: keyof SchoolFixture['as'], id: string, body: Record<string, string>) =>
  school.as[who]('POST', `/api/forms/${id}/steps`, body);

const auditOf = async (id: string) =>
  (await school.as.head('GET', `/api/audit?subjectId=${id}`)).body
    .map((e: { action: string }) => e.action)
    .reverse();

describe('Appendix C: site creation', () => {
  it('needs at least two administrators, said plainly', async () => {
    const res = await school.as.staff('POST', '/api/forms', {
      kind: 'SITE_CREATION',
      schoolId: school.schoolId,
      fields: siteFields('oak-pe', ['Ann Admin', 'ann admin']),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/administrators: Name at least two different administrators/);
  });

  it('officer approves aims and content, then the headteacher gives final approval: a PENDING account', async () => {
    const created = await school.as.staff('POST', '/api/forms', {
      kind: 'SITE_CREATION',
      schoolId: school.schoolId,
      fields: siteFields('Oak PE'),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'REQUESTED', nextSteps: ['approveContent', 'reject'] });
    const id = created.body.id;

    const early = await step('head', id, { action: 'approve' });
    expect(early.status).toBe(409);
    const byStaff = await step('staff', id, { action: 'approveContent' });
    expect(byStaff.status).toBe(403);
    expect(byStaff.body.error.message).toBe('Only the marketing officer may approveContent this form.');
    expect((await step('officer', id, { action: 'approveContent' })).body.state).toBe('CONTENT_APPROVED');

    const connectEarly = await school.as.ict('GET', `/api/accounts`);
    expect(connectEarly.body.some((a: { handle: string }) => a.handle === 'Oak PE')).toBe(false);

    const approved = await step('head', id, { action: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body.state).toBe('APPROVED');
    const account = (await school.as.ict('GET', '/api/accounts')).body.find(
      (a: { id: string }) => a.id === approved.body.accountId,
    );
    expect(account).toMatchObject({ handle: 'Oak PE', platform: 'facebook', status: 'PENDING' });
    // Appendix C is complete: the ICT technician's connection now reaches the platform check.
    const connect = await school.as.ict('POST', `/api/accounts/${account.id}/credentials`, {
      credentials: { pageId: '1', pageAccessToken: 'x' },
    });
    expect(connect.body.error?.message ?? '').not.toMatch(/Appendix C/);

    expect(await auditOf(id)).toEqual(['form.requested', 'form.approveContent', 'form.approve']);
    expect((await school.as.head('GET', `/api/audit?subjectId=${account.id}`)).body[0].action).toBe(
      'account.created',
    );
  });

  it('the ICT technician cannot connect an account whose Appendix C is not complete', async () => {
    const pending = await db.prisma.account.create({
      data: { schoolId: school.schoolId, platform: 'FACEBOOK', handle: 'oak-unapproved', status: 'PENDING' },
    });
    const res = await school.as.ict('POST', `/api/accounts/${pending.id}/credentials`, {
      credentials: { pageId: '1', pageAccessToken: 'x' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      'oak-unapproved has no completed site creation approval (Appendix C); it cannot be connected yet.',
    );
  });

  it('a rejection needs a reason, ends the form, and the printable record shows it with no script', async () => {
    const { body: form } = await school.as.staff('POST', '/api/forms', {
      kind: 'SITE_CREATION',
      schoolId: school.schoolId,
      fields: siteFields('oak-drama'),
    });
    const bare = await step('officer', form.id, { action: 'reject' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toBe('Write down the reason for rejecting (reason).');
    const rejected = await step('officer', form.id, {
      action: 'reject',
      reason: 'Use the main school page.',
    });
    expect(rejected.body).toMatchObject({ state: 'REJECTED', nextSteps: [] });
    expect((await step('head', form.id, { action: 'approve' })).status).toBe(409);

    const record = await school.as.staff('GET', `/api/forms/${form.id}/record`);
    expect(record.status).toBe(200);
    expect(record.headers.get('content-type')).toMatch(/^text\/html/);
    expect(record.body).toContain('Use the main school page.');
    expect(record.body).toContain('&#60;b&#62;team photos&#60;/b&#62;');
    expect(record.body).not.toMatch(/<script/i);
  });
});

describe('Appendix A: blocked content access', () => {
  it('requester → ICT technician records risks → headteacher refuses with reasons', async () => {
    const { body: form, status } = await school.as.staff('POST', '/api/forms', {
      kind: 'ACCESS_REQUEST',
      schoolId: school.schoolId,
      fields: {
        url: 'https://www.youtube.com/watch?v=abc',
        siteContent: 'A video on volcanoes',
        reasons: 'Year 5 lesson',
      },
    });
    expect(status).toBe(201);
    expect((await school.as.officer('GET', `/api/forms/${form.id}`)).status).toBe(404);
    expect((await step('head', form.id, { action: 'refuse', reason: 'No' })).status).toBe(409);
    expect((await step('ict', form.id, { action: 'review' })).body.error.message).toBe(
      'Write down the identified risks and control measures (details).',
    );
    await step('ict', form.id, {
      action: 'review',
      details: 'Adverts and comments; use embed with comments off.',
    });
    const refused = await step('head', form.id, { action: 'refuse', reason: 'Download the video instead.' });
    expect(refused.body.state).toBe('REFUSED');
    expect(refused.body.steps.map((s: { action: string }) => s.action)).toEqual([
      'request',
      'review',
      'refuse',
    ]);
    expect(await auditOf(form.id)).toEqual(['form.requested', 'form.review', 'form.refuse']);
  });
});

describe('Appendix B: inappropriate content', () => {
  it('staff report → ICT technician records the action taken, shown on the record', async () => {
    const { body: form } = await school.as.staff('POST', '/api/forms', {
      kind: 'CONTENT_REPORT',
      schoolId: school.schoolId,
      fields: { urls: ['https://example.test/bad'], nature: 'Violent images', individual: 'Unknown' },
    });
    expect((await step('staff', form.id, { action: 'recordAction', details: 'Blocked' })).status).toBe(403);
    const done = await step('ict', form.id, {
      action: 'recordAction',
      details: 'Site blocked on the firewall.',
    });
    expect(done.body.state).toBe('ACTIONED');
    const record = await school.as.head('GET', `/api/forms/${form.id}/record`);
    expect(record.body).toContain('Site blocked on the firewall.');
  });

  it('a report raised from a reply is the same form, waiting for the ICT technician', async () => {
    const reply = await makeReply(db, school);
    const raised = await school.as.officer('POST', `/api/replies/${reply.id}/report`, {
      reason: 'Abuse of staff',
    });
    expect(raised.status).toBe(201);
    const list = await school.as.ict('GET', '/api/forms?kind=CONTENT_REPORT');
    const form = list.body.find((f: { id: string }) => f.id === raised.body.formId);
    expect(form).toMatchObject({ state: 'REQUESTED', nextSteps: ['recordAction'] });
    expect(form.fields).toMatchObject({ source: 'reply', replyId: reply.id });
    const done = await step('ict', form.id, { action: 'recordAction', details: 'Reported to the platform.' });
    expect(done.body.state).toBe('ACTIONED');
  });
});
