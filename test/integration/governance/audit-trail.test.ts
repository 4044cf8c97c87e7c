// The audit trail is tamper-evident: the database refuses changes, and when a superuser edits,
// deletes or reorders an event anyway, `gatepost audit verify` (the real CLI) names the event.
// Governors get it as CSV with formula cells neutralised.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../../services/repositories/audit.ts';
import { inTransaction } from '../../../services/repositories/db.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';
import { makeDraft } from '../../support/schools.ts';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../../bin/gatepost.mjs');

const { gp, db, school } = gatepostWithSchools();
beforeAll(async () => {
  for (let i = 0; i < 3; i++) await makeDraft(db, school, 'AWAITING_APPROVAL');
});

async function verify() {
  const result = await run(process.execPath, [bin, 'audit', 'verify'], {
    env: { ...process.env, DATABASE_URL: gp.db.url, GATEPOST_DATA_DIR: `/tmp/${gp.prefix}` },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
  return { code: 'code' in result ? result.code : 0, json: JSON.parse(result.stdout), said: result.stderr };
}

/** Runs SQL with the append-only trigger off, as a superuser could; it is back on afterwards. */
async function asSuperuser(sql: string, values: unknown[] = []) {
  await gp.db.sql('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"');
  try {
    await gp.db.sql(sql, values);
  } finally {
    await gp.db.sql('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_delete"');
  }
}

const eventAt = async (offset: number) =>
  (
    await gp.db.sql(
      'SELECT seq::text, action, "subjectType", "subjectId" FROM "AuditEvent" ORDER BY seq OFFSET $1 LIMIT 1',
      [offset],
    )
  ).rows[0] as { seq: string; action: string; subjectType: string; subjectId: string };

describe('the audit trail', () => {
  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    for (const sql of [
      'UPDATE "AuditEvent" SET action = $1',
      'DELETE FROM "AuditEvent" WHERE action <> $1',
    ]) {
      await expect(gp.db.sql(sql, ['x'])).rejects.toThrow(/append-only/);
    }
    await expect(gp.db.sql('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    const intact = await verify();
    expect(intact.code).toBe(0);
    expect(intact.json).toMatchObject({ ok: true, checked: expect.any(Number) });
  });

  it('names an event whose content was edited, and is whole again once it is put back', async () => {
    const target = await eventAt(4);
    const original = (await gp.db.sql('SELECT data FROM "AuditEvent" WHERE seq = $1', [target.seq])).rows[0]
      .data;
    await asSuperuser('UPDATE "AuditEvent" SET data = $2 WHERE seq = $1', [
      target.seq,
      { from: 'DRAFT', to: 'PUBLISHED' },
    ]);
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.json).toMatchObject({ ok: false, brokenSeq: target.seq, reason: 'content' });
    expect(broken.said).toContain(
      `event ${target.seq} (${target.action} on ${target.subjectType} ${target.subjectId})`,
    );
    expect(broken.said).toContain('was changed after it was written');
    await asSuperuser('UPDATE "AuditEvent" SET data = $2 WHERE seq = $1', [target.seq, original]);
    expect((await verify()).json.ok).toBe(true);
  });

  it('names the event after one that was deleted', async () => {
    const removed = await eventAt(2);
    const next = await eventAt(3);
    const row = (await gp.db.sql('SELECT * FROM "AuditEvent" WHERE seq = $1', [removed.seq])).rows[0];
    await asSuperuser('DELETE FROM "AuditEvent" WHERE seq = $1', [removed.seq]);
    const broken = await verify();
    expect(broken.json).toMatchObject({ ok: false, brokenSeq: next.seq, reason: 'link' });
    expect(broken.said).toContain(`event ${next.seq}`);
    expect(broken.said).toContain('does not follow the event before it');
    const columns = Object.keys(row);
    await gp.db.sql(
      `INSERT INTO "AuditEvent" (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(',')})`,
      columns.map((c) => row[c]),
    );
    expect((await verify()).json.ok).toBe(true);
  });

  it('names the first event out of order when two are swapped', async () => {
    const [a, b] = [await eventAt(5), await eventAt(6)];
    const swap = async () => {
      await asSuperuser('UPDATE "AuditEvent" SET seq = -1 WHERE seq = $1', [a.seq]);
      await asSuperuser('UPDATE "AuditEvent" SET seq = $1 WHERE seq = $2', [a.seq, b.seq]);
      await asSuperuser('UPDATE "AuditEvent" SET seq = $1 WHERE seq = -1', [b.seq]);
    };
    await swap();
    const broken = await verify();
    expect(broken.json).toMatchObject({ ok: false, brokenSeq: a.seq, reason: 'link' });
    await swap();
    expect((await verify()).json.ok).toBe(true);
  });
});

describe('the audit trail under concurrent writers', () => {
  const entry = (i: number, step: string) => ({
    schoolId: school.schoolId,
    actorId: null,
    action: 'test.concurrent',
    subjectType: 'test',
    subjectId: `writer-${i}`,
    data: { step },
  });

  it('stays one unbroken chain when many transactions append at once and some roll back', async () => {
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        inTransaction(db.prisma, async (tx) => {
          await appendAudit(tx, entry(i, 'first'));
          await appendAudit(tx, entry(i, 'second'));
          if (i % 4 === 0) throw new Error('rolled back on purpose');
        }).catch(() => undefined),
      ),
    );
    const count = async (sql: string) => (await gp.db.sql(sql)).rows[0].n;
    expect(await count(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'test.concurrent'`)).toBe(
      36,
    );
    expect(await count('SELECT count(*)::int AS n FROM "AuditPending"')).toBe(0);
    // Each transaction's two events sit next to each other, in the order they were written.
    const { rows } = await gp.db.sql(
      `SELECT "subjectId", data->>'step' AS step FROM "AuditEvent" WHERE action = 'test.concurrent' ORDER BY seq`,
    );
    for (let i = 0; i < rows.length; i += 2) {
      expect([rows[i].subjectId, rows[i].step, rows[i + 1].step]).toEqual([
        rows[i + 1].subjectId,
        'first',
        'second',
      ]);
    }
    expect((await verify()).json).toMatchObject({ ok: true });
  });

  it('refuses events from a transaction whose snapshot could miss its predecessor', async () => {
    await expect(
      db.prisma.$transaction((tx) => appendAudit(tx, entry(99, 'first')), {
        isolationLevel: 'RepeatableRead',
      }),
    ).rejects.toThrow(/READ COMMITTED/);
    expect((await verify()).json).toMatchObject({ ok: true });
  });
});

describe('the governors’ CSV export', () => {
  it('downloads the school’s events with formula cells neutralised, and records the export', async () => {
    const draft = await makeDraft(db, school, 'AWAITING_APPROVAL');
    const reason = '=HYPERLINK("http://evil.example","click")';
    expect((await school.as.officer('POST', `/api/drafts/${draft.id}/reject`, { reason })).status).toBe(200);

    const res = await school.as.head('GET', `/api/audit.csv?subjectId=${draft.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="?gatepost-audit-/);
    const lines = (res.body as string).trim().split('\r\n');
    expect(lines[0]).toBe('seq,at,school,actor,actor_email,action,subject_type,subject_id,details,hash');
    const rejection = lines.find((l) => l.includes(',draft.reject,'));
    expect(rejection).toContain('Olivia Officer,officer@demo.gatepost.test');
    expect(rejection).toContain('""reason"":""=HYPERLINK');
    expect(lines.slice(1).every((l) => !/(^|,)[=+\-@]/.test(l))).toBe(true);

    const exports = await school.as.head('GET', '/api/audit?action=audit.export');
    expect(exports.body[0]).toMatchObject({
      actorId: school.userIds.head,
      data: { format: 'csv', events: 5 },
    });
    expect((await school.as.officer('GET', '/api/audit.csv')).status).toBe(403);
  });
});
