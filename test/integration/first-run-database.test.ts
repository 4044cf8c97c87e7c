// The embedded database a school gets on its first `npm start` (PGlite in the data directory):
// migrated and used in the same run, as that first start does, before any restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../services/adapters/db/database.ts';
import { escalationsFor } from '../../services/repositories/escalations.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'gatepost-first-run-'));
let db: Database;

beforeAll(async () => {
  db = await openDatabase({ dataDir });
  await db.migrate();
}, 120_000);

afterAll(async () => {
  await db?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the first-run database', () => {
  it('answers the DSL’s escalations screen in the run that created it', async () => {
    // Roles travel as an array of the Role type the migrations created in this same run.
    const held = [{ schoolId: 'a-school', roles: ['DSL' as const, 'HEADTEACHER' as const] }];
    expect(await escalationsFor(db.prisma, held)).toEqual([]);
  });
});
