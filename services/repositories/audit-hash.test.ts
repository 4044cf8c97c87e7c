import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS } from './audit.ts';

const event = (data: Record<string, unknown>) => ({
  at: new Date('2026-11-27T09:00:00.000Z'),
  schoolId: 's1',
  actorId: 'u1',
  action: 'draft.create',
  subjectType: 'draft',
  subjectId: 'd1',
  data,
});

describe('an audit event’s hash', () => {
  it('is the same whatever order PostgreSQL gives the data’s keys back in', () => {
    const written = eventHash(
      GENESIS,
      event({ contentHash: 'h', accountIds: ['a'], nested: { z: 1, a: 2 } }),
    );
    const readBack = eventHash(
      GENESIS,
      event({ nested: { a: 2, z: 1 }, accountIds: ['a'], contentHash: 'h' }),
    );
    expect(readBack).toBe(written);
  });

  it('changes when any detail changes, and ignores keys left undefined', () => {
    const base = eventHash(GENESIS, event({ reason: 'Add the date.' }));
    expect(eventHash(GENESIS, event({ reason: 'Add the time.' }))).not.toBe(base);
    expect(eventHash(GENESIS, event({ reason: 'Add the date.', error: undefined }))).toBe(base);
  });
});
