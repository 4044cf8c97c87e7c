// The editor's live check: findings for text being typed, for the chosen accounts, without
// creating or changing any draft.
import { describe, expect, it } from 'vitest';
import type { Api } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { ameliaHughes } from '../support/roster.ts';

const { gp, staff, dsl } = signedInGatepost({ roster: [ameliaHughes], as: ['staff', 'dsl'] });

const check = (as: Api, body: unknown) => as('POST', '/api/checks/text', body);

describe('POST /api/checks/text', () => {
  it('marks a roster pupil’s full name at its span, and changes no draft', async () => {
    const before = await gp.db.sql('SELECT count(*)::int AS n, max("updatedAt") AS at FROM "Draft"');
    const text = 'Well done to Amelia Hughes for her swimming certificate!';
    const res = await check(staff, { text, accountIds: [gp.seeded.accountId] });
    expect(res.status).toBe(200);
    const full = res.body.find((f: { category: string }) => f.category === 'pupil_full_name');
    expect(full).toMatchObject({ severity: 'block', clause: expect.stringContaining('7') });
    expect(text.slice(full.span[0], full.span[1])).toBe('Amelia Hughes');
    expect(await gp.db.sql('SELECT count(*)::int AS n, max("updatedAt") AS at FROM "Draft"')).toMatchObject({
      rows: before.rows,
    });
  });

  it('answers a clean post with no findings that block', async () => {
    const res = await check(staff, {
      text: 'Sports day is on Friday: bring water and a sun hat!',
      accountIds: [gp.seeded.accountId],
    });
    expect(res.status).toBe(200);
    expect(res.body.filter((f: { severity: string }) => f.severity === 'block')).toEqual([]);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const none = await check(staff, { text: 'Hello', accountIds: [] });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/Choose at least one account/);
    const unknown = await check(staff, {
      text: 'Hello',
      accountIds: ['8a1f4c3e-0d6b-4f7a-9c2e-5b8d1e3f6a70'],
    });
    expect(unknown.status).toBe(404);
    const extra = await check(staff, { text: 'Hello', accountIds: [gp.seeded.accountId], draftId: 'x' });
    expect(extra.status).toBe(400);
  });

  it('is for people who draft: the DSL is refused', async () => {
    const res = await check(dsl, { text: 'Hello', accountIds: [gp.seeded.accountId] });
    expect(res.status).toBe(403);
  });
});
