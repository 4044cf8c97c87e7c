// The consent record log on real PostgreSQL and Redis: the MIS export imported as it is, bad
// files refused whole with every bad line named, and a withdrawal that holds a scheduled post
// and takes a published one down, through the API and the workers.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../services/repositories/audit.ts';
import { type Api, waitForState } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { openTestDatabase } from '../support/schools.ts';

const ROSTER = readFileSync(new URL('../../../shared/corpus/roster.csv', import.meta.url), 'utf8');
const lines = ROSTER.trimEnd().split('\n');
/** The roster with line `n` (1-based, header is 1) replaced. */
const withLine = (n: number, line: string) => lines.map((l, i) => (i === n - 1 ? line : l)).join('\n');

const { gp, officer, staff } = signedInGatepost({ roster: [], as: ['officer', 'staff'] });
let accountId: string;
beforeAll(() => {
  accountId = gp.seeded.accountId;
});

const EZRA = { upn: 'W383229125056', line: lines.findIndex((l) => l.startsWith('W383229125056')) + 1 };

async function upload(as: Api, csv: string, query = '') {
  return as('POST', `/api/consent/import${query}`, { csv });
}

async function snapshot() {
  const pupils = await gp.db.sql('SELECT count(*)::int AS n, max("firstName") AS f FROM "Pupil"');
  const records = await gp.db.sql('SELECT count(*)::int AS n, max("updatedAt") AS u FROM "ConsentRecord"');
  const audit = await gp.db.sql('SELECT count(*)::int AS n FROM "AuditEvent"');
  return { pupils: pupils.rows[0], records: records.rows[0], audit: audit.rows[0].n };
}

describe('importing the MIS roster', () => {
  it('loads all 400 pupils of the corpus roster with their consents, sent as text/csv', async () => {
    const res = await fetch(`${gp.url}/api/consent/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(await cookieOf('officer')) },
      body: ROSTER,
    });
    const body = await res.json();
    expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.added).toHaveLength(400);
    expect(body).toMatchObject({ dryRun: false, changed: [], withdrawn: [], leavers: [] });

    const pupils = (await officer('GET', '/api/pupils')).body as any[];
    expect(pupils).toHaveLength(400);
    expect(pupils.filter((p) => !p.photoConsent)).toHaveLength(28);
    expect(pupils.filter((p) => !p.nameConsent)).toHaveLength(32);
    const zofia = pupils.find((p) => p.lastName === 'Wiśniewska');
    expect(zofia.consents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          purpose: 'first_name',
          status: 'granted',
          platforms: 'all',
          source: 'MIS import',
        }),
      ]),
    );
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const again = await upload(officer, ROSTER);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ added: [], changed: [], withdrawn: [], leavers: [], unchanged: 400 });
    expect(await snapshot()).toEqual(before);
  });

  it('shows the diff on a dry run (changed, withdrawn, leaver) and writes nothing', async () => {
    const before = await snapshot();
    const ezra = lines[EZRA.line - 1]!.replace(/yes,yes$/, 'yes,no');
    const edited = withLine(EZRA.line, ezra)
      .replace(',Olivia,Bennett,,Reception,', ',Olivia,Bennett,,Year 1,')
      .split('\n')
      .filter((l) => !l.startsWith('Y383229125040'))
      .join('\n');
    const dry = await upload(officer, edited, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    expect(dry.body.withdrawn).toEqual([{ key: EZRA.upn, name: 'Ezra Adeyemi', purposes: ['first_name'] }]);
    expect(dry.body.leavers).toEqual([{ key: 'Y383229125040', name: 'Muhammad Hussain' }]);
    expect(dry.body.changed).toEqual([
      expect.objectContaining({
        name: 'Olivia Bennett',
        changes: { yearGroup: { from: 'Reception', to: 'Year 1' } },
      }),
    ]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a file with bad rows', () => {
  const cases: [string, string, number, RegExp][] = [
    ['a wrong UPN check letter', withLine(5, lines[4]!.replace(/^Q/, 'R')), 5, /check letter/],
    ['a missing surname', withLine(7, lines[6]!.replace(',Day,', ',,')), 7, /surname is missing/],
    [
      'an unknown year group',
      withLine(30, lines[29]!.replace('Year 1', 'Year 14')),
      30,
      /year group "Year 14"/,
    ],
    ['a duplicate UPN', `${ROSTER.trimEnd()}\n${lines[9]}`, 402, /duplicate of line 10/],
  ];
  it.each(cases)(
    'is refused whole for %s, naming the line, and nothing changes',
    async (_, csv, line, reason) => {
      const before = await snapshot();
      const res = await upload(officer, csv);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details.rows).toEqual([{ line, message: expect.stringMatching(reason) }]);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('reports every bad row at once, and a semicolon-separated export as such', async () => {
    const two = withLine(12, lines[11]!.replace('Reception', 'Year 0'));
    const both = withLine(3, lines[2]!.replace(',Hussain,', ',,')).split('\n');
    both[11] = two.split('\n')[11]!;
    const res = await upload(officer, both.join('\n'));
    expect(res.status).toBe(400);
    expect(res.body.error.details.rows.map((r: { line: number }) => r.line)).toEqual([3, 12]);

    const semicolons = ROSTER.replaceAll(',', ';');
    const wrong = await upload(officer, semicolons);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.rows).toEqual([
      { line: 1, message: expect.stringMatching(/separated by ";"/) },
    ]);
  });

  it('accepts the file as a multipart upload too, and refuses other body types clearly', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([`\ufeff${ROSTER.replaceAll('\n', '\r\n')}`], { type: 'text/csv' }),
      'roster.csv',
    );
    form.append('dryRun', 'true');
    const res = await fetch(`${gp.url}/api/consent/import`, {
      method: 'POST',
      headers: await cookieOf('officer'),
      body: form,
    });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ dryRun: true, added: [], unchanged: 400 });
    const xml = await fetch(`${gp.url}/api/consent/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml', ...(await cookieOf('officer')) },
      body: '<roster/>',
    });
    expect(xml.status).toBe(415);
  });
});

describe('who sees the consent record log', () => {
  it('is the officer, headteacher, DSL and trust admin of the school; not staff or ICT', async () => {
    for (const who of ['officer', 'head', 'dsl', 'trustadmin']) {
      const res = await (await gp.login(who))('GET', '/api/pupils');
      expect(res.status, who).toBe(200);
      expect(res.body).toHaveLength(400);
    }
    for (const who of ['staff', 'ict']) {
      const res = await (await gp.login(who))('GET', '/api/pupils');
      expect(res.status, who).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('Adeyemi');
    }
    const elsewhere = await officer('GET', `/api/pupils?schoolId=${crypto.randomUUID()}`);
    expect(elsewhere.status).toBe(404);
    expect((await staff('POST', '/api/consent/import', { csv: ROSTER })).status).toBe(403);
  });
});

describe('withdrawing consent', () => {
  async function approved(text: string, scheduledAt?: string) {
    const created = await staff('POST', '/api/drafts', {
      accountIds: [accountId],
      text,
      ...(scheduledAt ? { scheduledAt } : {}),
    });
    expect(created.status).toBe(201);
    await staff('POST', `/api/drafts/${created.body.id}/submit`);
    const ready = await waitForState(staff, created.body.id, ['AWAITING_APPROVAL', 'CHANGES_REQUIRED']);
    expect(ready.state, JSON.stringify(ready.findings)).toBe('AWAITING_APPROVAL');
    const acknowledged = ready.findings.map((f: { ruleId: string }) => f.ruleId);
    const res = await officer('POST', `/api/drafts/${ready.id}/approve`, {
      contentHash: ready.contentHash,
      acknowledged,
    });
    expect(res.status).toBe(200);
    return ready.id as string;
  }
  const sandboxTexts = async () =>
    ((await officer('GET', `/api/sandbox/accounts/${accountId}/posts`)).body as { text: string }[]).map(
      (p) => p.text,
    );

  it('holds a scheduled post naming the pupil and takes down a published one once the officer confirms', async () => {
    const publishedText = 'Congratulations to Ezra in Reception on his first swimming badge!';
    const published = await approved(publishedText);
    await waitForState(staff, published, ['PUBLISHED']);
    const scheduled = await approved(
      'Ezra will read his poem at Friday’s celebration assembly.',
      new Date(Date.now() + 3600_000).toISOString(),
    );
    expect((await staff('GET', `/api/drafts/${scheduled}`)).body.state).toBe('SCHEDULED');

    const res = await officer('POST', '/api/consent/withdraw', {
      upn: EZRA.upn,
      purposes: ['first_name'],
      note: 'email from parent',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      withdrawn: ['first_name'],
      held: [scheduled],
      takedownRequested: [published],
    });

    // The scheduled post goes back through checks, which now refuse the name: it cannot publish.
    const held = await waitForState(staff, scheduled, ['CHANGES_REQUIRED'], 20_000);
    expect(held.approval).toBeUndefined();
    const finding = held.findings.find((f: { ruleId: string }) => f.ruleId === 'consent.name-not-allowed');
    expect(finding).toMatchObject({ severity: 'block', clause: '§7' });
    expect(held.text.slice(finding.span[0], finding.span[1])).toBe('Ezra');

    // The published post awaits the officer; staff cannot confirm it.
    expect((await staff('GET', `/api/drafts/${published}`)).body.state).toBe('TAKEDOWN_REQUESTED');
    expect([403, 404]).toContain((await staff('POST', `/api/drafts/${published}/takedown`)).status);
    expect(await sandboxTexts()).toContain(publishedText);
    const confirm = await officer('POST', `/api/drafts/${published}/takedown`);
    expect(confirm.status).toBe(202);
    const down = await waitForState(officer, published, ['TAKEN_DOWN']);
    expect(down.publications).toEqual([expect.objectContaining({ state: 'TAKEN_DOWN' })]);
    expect(await sandboxTexts()).not.toContain(publishedText);

    const ezra = ((await officer('GET', '/api/pupils')).body as any[]).find((p) => p.upn === EZRA.upn);
    expect(ezra.nameConsent).toBe(false);
    expect(ezra.consents.find((c: { purpose: string }) => c.purpose === 'first_name')).toMatchObject({
      status: 'withdrawn',
      source: 'withdrawn by hand: email from parent',
    });
    const audit = await gp.db.sql(
      `SELECT action, data FROM "AuditEvent" WHERE "subjectId" = ANY($1) ORDER BY seq`,
      [[ezra.id, published, scheduled]],
    );
    const actions = audit.rows.map((r: { action: string }) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'consent.pupil.changed',
        'draft.recheck',
        'draft.requestTakedown',
        'draft.takenDown',
      ]),
    );
    const change = audit.rows.find((r: { action: string }) => r.action === 'consent.pupil.changed').data;
    expect(change.consents.first_name.from.withdrawnAt).toBeNull();
    expect(change.consents.first_name.to.withdrawnAt).toEqual(expect.any(String));
  });

  it('holds a scheduled post when the pupil’s consent reaches its expiry date, by the sweep', async () => {
    const scheduled = await approved(
      'Freya’s team won the county quiz final!',
      new Date(Date.now() + 3600_000).toISOString(),
    );
    await gp.db.sql(
      `UPDATE "ConsentRecord" SET "expiresAt" = now() + interval '1 second'
       WHERE purpose = 'FIRST_NAME' AND "pupilId" = (SELECT id FROM "Pupil" WHERE upn = 'B383229119054')`,
    );
    const held = await waitForState(staff, scheduled, ['CHANGES_REQUIRED'], 20_000);
    expect(held.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('consent.name-not-allowed');
    const freya = ((await officer('GET', '/api/pupils')).body as any[]).find(
      (p) => p.upn === 'B383229119054',
    );
    expect(freya.nameConsent).toBe(false);
    expect(freya.consents.find((c: { purpose: string }) => c.purpose === 'first_name').status).toBe(
      'expired',
    );
    const audit = await gp.db.sql(
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'consent.expired' AND "subjectId" = $1`,
      [freya.id],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('leaves the audit chain whole after imports of hundreds of people', async () => {
    const db = await openTestDatabase(gp);
    try {
      expect(await verifyAuditChain(db.prisma)).toMatchObject({ ok: true, checked: expect.any(Number) });
    } finally {
      await db.close();
    }
  });

  it('is recorded by re-importing a file where consent is now "no", and undone by "yes"', async () => {
    const isla = lines.findIndex((l) => l.startsWith('T384301225038')) + 1;
    const no = withLine(isla, lines[isla - 1]!.replace(/yes,yes$/, 'no,yes'));
    const applied = await upload(officer, no);
    expect(applied.body.withdrawn).toEqual([
      { key: 'T384301225038', name: 'Isla MacLeod', purposes: ['photo_social'] },
    ]);
    const back = await upload(officer, ROSTER);
    expect(back.body.changed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: 'T384301225038',
          changes: { photo_social: expect.objectContaining({ to: 'granted on all platforms' }) },
        }),
      ]),
    );
  });
});

async function cookieOf(who: string): Promise<Record<string, string>> {
  const res = await fetch(`${gp.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${who}@demo.gatepost.test`, password: 'test-Passw0rd!' }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, origin: new URL(gp.url).origin };
}
