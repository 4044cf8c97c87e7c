// Replies end to end on the sandbox platform: a post is published, replies arrive through the
// sandbox route, and the workers poll, classify, hide, log and escalate them on real PostgreSQL
// and Redis. What each person sees is read through the API, as the dashboard would.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  approve,
  startTestGatepost,
  type TestGatepost,
  waitForState,
} from '../../support/gatepost.ts';
import { until } from '../../support/replies.ts';

let gp: TestGatepost;
let staff: Api;
let officer: Api;
let head: Api;
let dsl: Api;
let accountId: string;
// biome-ignore format: one pupil on one line
const amelia = { upn: 'P823741005101', firstName: 'Amelia', lastName: 'Hughes', yearGroup: 'Year 4', photoConsent: true, nameConsent: true };
const outbox = () => `/tmp/${gp.prefix}/outbox`;

interface Reply {
  id: string;
  author: string;
  text: string;
  labels: string[];
  hidden: boolean;
  moderation: string;
  classified: boolean;
  findings: { category: string; span?: [number, number] }[];
}

const inject = (author: string, text: string) =>
  officer('POST', `/api/sandbox/accounts/${accountId}/replies`, { author, text });

/** Waits until every reply with these texts has been classified and acted on. */
async function judged(texts: string[]): Promise<Map<string, Reply>> {
  return until(`replies ${texts.join(' | ')}`, async () => {
    const list = (await officer('GET', `/api/replies?accountId=${accountId}`)).body as Reply[];
    const found = new Map(list.filter((r) => texts.includes(r.text)).map((r) => [r.text, r]));
    const done = texts.every((t) => found.get(t)?.classified && found.get(t)?.moderation !== 'hide_pending');
    return done ? found : undefined;
  });
}

async function mails(): Promise<{ to: string; subject: string; body: string }[]> {
  const files = await readdir(outbox()).catch(() => [] as string[]);
  return Promise.all(
    files
      .filter((f) => f.endsWith('.eml'))
      .map(async (f) => {
        const raw = await readFile(path.join(outbox(), f), 'utf8');
        return {
          to: /^To: (.*)$/m.exec(raw)?.[1] ?? '',
          subject: /^Subject: (.*)$/m.exec(raw)?.[1] ?? '',
          body: raw.split('\n\n').slice(1).join('\n\n'),
        };
      }),
  );
}

beforeAll(async () => {
  gp = await startTestGatepost({ roster: [amelia] });
  staff = await gp.login('staff');
  officer = await gp.login('officer');
  head = await gp.login('head');
  dsl = await gp.login('dsl');
  accountId = gp.seeded.accountId;
  const created = await staff('POST', '/api/drafts', {
    accountIds: [accountId],
    text: 'Our Year 4 trip to the castle!',
  });
  await staff('POST', `/api/drafts/${created.body.id}/submit`);
  const ready = await waitForState(staff, created.body.id, ['AWAITING_APPROVAL']);
  expect((await approve(officer, ready)).status).toBe(200);
  await waitForState(staff, created.body.id, ['PUBLISHED']);
}, 60_000);
afterAll(() => gp?.stop());

describe('replies to a published sandbox post', () => {
  const texts = {
    kind: 'Lovely photos, well done everyone!',
    abuse: 'You are a useless idiot',
    pupil: 'Can I get photos of Amelia Hughes in year 4?',
    disclosure: 'my stepdad hits me please help',
    staffConcern: 'Mr Baker messages my daughter at night',
  };
  let replies: Map<string, Reply>;

  beforeAll(async () => {
    for (const [who, text] of [
      ['@proud_parent', texts.kind],
      ['@troll', texts.abuse],
      ['@nosy', texts.pupil],
      ['@worried_kid', texts.disclosure],
      ['@concerned_mum', texts.staffConcern],
    ] as const) {
      expect((await inject(who, text)).status).toBe(201);
    }
    replies = await judged(Object.values(texts));
  }, 60_000);

  it('are polled and classified once each, with labels and findings at the words', () => {
    expect(replies.get(texts.kind)?.labels).toEqual([]);
    expect(replies.get(texts.abuse)?.labels).toContain('abusive');
    expect(replies.get(texts.pupil)?.labels).toContain('pupil_data');
    expect(replies.get(texts.disclosure)?.labels).toContain('safeguarding');
    const finding = replies.get(texts.disclosure)!.findings.find((f) => f.category === 'safeguarding')!;
    expect(texts.disclosure.slice(...finding.span!)).toBe('hits me');
  });

  it('abusive and pupil-data replies are hidden on the platform; kind ones and disclosures are not', () => {
    expect(replies.get(texts.abuse)).toMatchObject({ hidden: true, moderation: 'hidden' });
    expect(replies.get(texts.pupil)).toMatchObject({ hidden: true, moderation: 'hidden' });
    expect(replies.get(texts.kind)).toMatchObject({ hidden: false, moderation: 'none' });
    expect(replies.get(texts.disclosure)).toMatchObject({ hidden: false });
  });

  it('the abuse log keeps who, what, where and what was done, but not the disclosures', async () => {
    const log = (await officer('GET', '/api/abuse-log')).body as Record<string, unknown>[];
    const entry = log.find((e) => e.text === texts.abuse);
    expect(entry).toMatchObject({
      author: '@troll',
      action: 'hidden',
      actionBy: null,
      platformReplyId: expect.any(String),
      platformPostId: expect.any(String),
    });
    expect(log.map((e) => e.text)).not.toContain(texts.disclosure);
    expect(log.map((e) => e.text)).not.toContain(texts.kind);
  });

  it('the disclosure reaches the DSL only; the concern about staff reaches the headteacher only', async () => {
    const forDsl = (await dsl('GET', '/api/escalations')).body as {
      route: string;
      reply: { text: string };
    }[];
    expect(forDsl.map((e) => [e.route, e.reply.text])).toEqual([['DSL', texts.disclosure]]);
    const forHead = (await head('GET', '/api/escalations')).body as {
      route: string;
      reply: { text: string };
    }[];
    expect(forHead.map((e) => [e.route, e.reply.text])).toEqual([['HEADTEACHER', texts.staffConcern]]);
    const forStaff = await staff('GET', '/api/escalations');
    expect(forStaff.status).toBe(403);
    expect(JSON.stringify(forStaff.body)).not.toContain('stepdad');
    expect((await officer('GET', '/api/escalations')).status).toBe(403);
    expect((await staff('GET', '/api/replies')).status).toBe(403);
  });

  it('emails the DSL a link and nothing of what the reply said', async () => {
    const [mail] = await until('the DSL’s email', async () => {
      const found = (await mails()).filter((m) => m.to === 'dsl@demo.gatepost.test');
      return found.length ? found : undefined;
    });
    expect(mail!.body).toMatch(/\/escalations\/[0-9a-f-]{36}/);
    expect(mail!.body).not.toMatch(/stepdad|hits|worried_kid/i);
    expect(mail!.subject).not.toMatch(/stepdad|hits/i);
  });

  it('an unacknowledged escalation reminds and adds the headteacher; the DSL acknowledges and records the outcome', async () => {
    const [escalation] = (await dsl('GET', '/api/escalations')).body as { id: string }[];
    // As if the school's acknowledgement time had passed.
    await gp.db.sql(`UPDATE "Escalation" SET "dueAt" = now() - interval '1 minute' WHERE id = $1`, [
      escalation!.id,
    ]);
    const seen = await until('the reminder', async () => {
      const list = (await head('GET', '/api/escalations')).body as {
        id: string;
        remindedAt: string | null;
      }[];
      return list.find((e) => e.id === escalation!.id && e.remindedAt);
    });
    expect(seen.remindedAt).not.toBeNull();
    await until('the reminder email', async () => {
      const found = (await mails()).filter(
        (m) => /reminder/i.test(m.subject) && m.to === 'head@demo.gatepost.test',
      );
      return found.length ? found : undefined;
    });

    const acknowledged = await dsl('POST', `/api/escalations/${escalation!.id}/acknowledge`);
    expect(acknowledged.body.acknowledgedAt).not.toBeNull();
    const outcome = await dsl('POST', `/api/escalations/${escalation!.id}/outcome`, {
      outcome: 'Spoke to the pupil; MASH referral made.',
    });
    expect(outcome.body.outcome).toBe('Spoke to the pupil; MASH referral made.');
    expect(
      (await dsl('POST', `/api/escalations/${escalation!.id}/outcome`, { outcome: 'again' })).status,
    ).toBe(409);
    expect((await staff('POST', `/api/escalations/${escalation!.id}/acknowledge`)).status).toBe(404);
  });

  it('a repeat offender reaching the threshold is reported to the headteacher with the history', async () => {
    await inject('@troll', 'shut up you pathetic loser');
    await inject('@troll', 'what a useless idiot school');
    await judged(['shut up you pathetic loser', 'what a useless idiot school']);
    const offenders = await until('the offender', async () => {
      const list = (await head('GET', `/api/offenders?accountId=${accountId}`)).body as {
        author: string;
        count: number;
        headteacherToldAt: string | null;
        history: { text: string }[];
      }[];
      const troll = list.find((o) => o.author === '@troll');
      return troll && troll.count >= 3 ? troll : undefined;
    });
    expect(offenders.headteacherToldAt).not.toBeNull();
    expect(offenders.history.map((h) => h.text)).toEqual(
      expect.arrayContaining([texts.abuse, 'shut up you pathetic loser', 'what a useless idiot school']),
    );
    const mail = await until('the head’s offender email', async () =>
      (await mails()).find((m) => m.to === 'head@demo.gatepost.test' && /repeated abuse/i.test(m.subject)),
    );
    expect(mail.body).not.toContain('idiot');
  });

  it('the officer unhides, relabels and confirms; each decision is audited', async () => {
    const abusive = replies.get(texts.abuse)!;
    const unhidden = await officer('POST', `/api/replies/${abusive.id}/unhide`, {
      note: 'Banter between parents',
    });
    expect(unhidden.body).toMatchObject({ hidden: false, moderation: 'unhidden' });
    const kind = replies.get(texts.kind)!;
    const relabelled = await officer('POST', `/api/replies/${kind.id}/relabel`, { labels: ['spam'] });
    expect(relabelled.body.labels).toEqual(['spam']);
    expect((await officer('POST', `/api/replies/${kind.id}/confirm`, {})).status).toBe(200);
    expect((await staff('POST', `/api/replies/${kind.id}/confirm`, {})).status).toBe(403);
    expect((await officer('POST', `/api/replies/${kind.id}/relabel`, { labels: ['rude'] })).status).toBe(400);

    const audit = (await head('GET', `/api/audit?subjectId=${abusive.id}`)).body as {
      action: string;
      actorId: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['reply.labelled', 'reply.hidden', 'reply.unhide', 'reply.unhidden']),
    );
    const log = (await officer('GET', '/api/abuse-log')).body as { text: string; action: string }[];
    // Never deleted: the entry stays, now saying what the officer did.
    expect(log.find((e) => e.text === texts.abuse)?.action).toBe('unhidden');
  });

  it('an Appendix B report can be raised from a reply, once', async () => {
    const reply = replies.get(texts.pupil)!;
    const report = await officer('POST', `/api/replies/${reply.id}/report`, {
      reason: 'Asks for photos of a named pupil',
    });
    expect(report.status).toBe(201);
    const log = (await officer('GET', '/api/abuse-log')).body as {
      replyId: string;
      reportFormId: string | null;
    }[];
    expect(log.find((e) => e.replyId === reply.id)?.reportFormId).toBe(report.body.formId);
    expect((await officer('POST', `/api/replies/${reply.id}/report`, { reason: 'again' })).status).toBe(409);
  });

  it('a reply sent twice by the platform is stored once', async () => {
    const before = ((await officer('GET', `/api/replies?accountId=${accountId}`)).body as Reply[]).length;
    // Forget the cursor, as if the worker had crashed before saving it: the next poll reads everything again.
    await gp.db.sql(`UPDATE "ReplyPoll" SET cursor = NULL, "nextPollAt" = now()`);
    await until('a poll from the start', async () => {
      const { rows } = await gp.db.sql(`SELECT cursor FROM "ReplyPoll"`);
      return rows[0]?.cursor ? true : undefined;
    });
    expect(((await officer('GET', `/api/replies?accountId=${accountId}`)).body as Reply[]).length).toBe(
      before,
    );
  });

  it('a flood of disclosures in one batch sends the DSL one email, linking to the list', async () => {
    const since = new Date();
    const flood = Array.from({ length: 6 }, (_, i) => `my stepdad hits me please help ${i}`);
    const { rows } = await gp.db.sql(`SELECT id FROM "SandboxPost" WHERE "accountId" = $1`, [accountId]);
    // Already on the platform when the poll comes, so one page and one batch hold them all.
    await gp.db.sql(
      `INSERT INTO "SandboxReply" (id, "accountId", "postId", author, text)
       SELECT gen_random_uuid()::text, $1, $2, '@child' || n, t FROM unnest($3::text[]) WITH ORDINALITY AS u(t, n)`,
      [accountId, rows[0].id, flood],
    );
    await gp.db.sql(`UPDATE "ReplyPoll" SET "nextPollAt" = now()`);
    await judged(flood);
    const concerns = (await dsl('GET', '/api/escalations')).body as { reply: { text: string } }[];
    expect(concerns.filter((e) => flood.includes(e.reply.text))).toHaveLength(flood.length);
    const { rows: notices } = await gp.db.sql(
      `SELECT link FROM "Notice" WHERE "toEmail" = 'dsl@demo.gatepost.test' AND "createdAt" >= $1`,
      [since],
    );
    expect(notices).toHaveLength(1);
    const mail = await until('the DSL’s email about the flood', async () =>
      (await mails()).find((m) => m.to === 'dsl@demo.gatepost.test' && /\/escalations$/m.test(m.body)),
    );
    expect(mail.body).not.toMatch(/stepdad|hits|child/i);
  });

  it('the flood left unacknowledged reminds once each, with one reminder email per person', async () => {
    const since = new Date();
    const { rows: flood } = await gp.db.sql(
      `UPDATE "Escalation" SET "dueAt" = now() - interval '1 minute'
       WHERE "remindedAt" IS NULL AND "acknowledgedAt" IS NULL RETURNING id`,
    );
    expect(flood.length).toBeGreaterThan(1);
    const ids = flood.map((e) => e.id as string);
    await until('the reminders', async () => {
      const list = (await head('GET', '/api/escalations')).body as {
        id: string;
        remindedAt: string | null;
      }[];
      return ids.every((id) => list.find((e) => e.id === id)?.remindedAt) ? true : undefined;
    });
    const { rows: reminders } = await gp.db.sql(
      `SELECT "toEmail", link FROM "Notice" WHERE kind = 'escalation_reminder' AND "createdAt" >= $1`,
      [since],
    );
    expect(reminders.map((n) => n.toEmail).sort()).toEqual(
      [...new Set(reminders.map((n) => n.toEmail as string))].sort(),
    );
    expect(reminders.find((n) => n.toEmail === 'head@demo.gatepost.test')?.link).toMatch(/\/escalations$/);
    const audit = (await head('GET', '/api/audit?action=escalation.reminded')).body as {
      subjectId: string;
    }[];
    for (const id of ids) expect(audit.filter((a) => a.subjectId === id)).toHaveLength(1);
  });

  it('bad input is refused with a clear 4xx and nothing stored', async () => {
    const empty = await inject('@someone', '   ');
    expect(empty.status).toBe(400);
    const missingPost = await officer('POST', `/api/sandbox/accounts/${accountId}/replies`, {
      author: '@a',
      text: 'hi',
      inReplyTo: '00000000-0000-4000-8000-000000000000',
    });
    expect(missingPost.status).toBe(404);
  });
});
