import { describe, expect, it } from 'vitest';
import { auditCsv, neutralise } from './audit-csv.ts';

const event = (data: unknown, action = 'draft.reject') => ({
  seq: 7n,
  at: new Date('2026-11-27T09:00:00.000Z'),
  schoolId: 's1',
  actorId: 'u1',
  action,
  subjectType: 'draft',
  subjectId: 'd1',
  data,
  hash: 'abc',
});

const names = {
  schools: new Map([['s1', 'Demo Primary']]),
  people: new Map([['u1', { name: '=HYPERLINK("http://evil")', email: 'o@school.test' }]]),
};

describe('the governors’ audit CSV', () => {
  it('prefixes every cell a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+44 7700', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralise(cell)).toBe(`'${cell}`);
    for (const cell of ['Sports day', '2026-11-27', 'a=b']) expect(neutralise(cell)).toBe(cell);
  });

  it('writes one quoted row per event, with names instead of ids where known', () => {
    const csv = auditCsv([event({ reason: 'Says "hi", twice' })], names);
    const [head, row] = csv.trim().split('\r\n');
    expect(head).toBe('seq,at,school,actor,actor_email,action,subject_type,subject_id,details,hash');
    expect(row).toBe(
      `7,2026-11-27T09:00:00.000Z,Demo Primary,"'=HYPERLINK(""http://evil"")",o@school.test,draft.reject,draft,d1,"{""reason"":""Says \\""hi\\"", twice""}",abc`,
    );
  });

  it('names Gatepost itself for events no person made', () => {
    const csv = auditCsv([{ ...event({}), actorId: null, schoolId: null }], names);
    expect(csv.split('\r\n')[1]).toBe('7,2026-11-27T09:00:00.000Z,,Gatepost,,draft.reject,draft,d1,{},abc');
  });
});
