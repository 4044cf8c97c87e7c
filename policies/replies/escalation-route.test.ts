import { describe, expect, it } from 'vitest';
import { escalationRoute } from './escalation-route.ts';

const people = { headNames: ['Helen Ward'], staffNames: ['Tom Baker', 'Priya Patel'] };
const route = (text: string, concern: string) => {
  const start = text.indexOf(concern);
  return escalationRoute(text, [[start, start + concern.length]], people);
};

describe('where a safeguarding concern goes (§8)', () => {
  it('a disclosure about home goes to the DSL', () => {
    expect(route('my stepdad hits me and i hate it at home', 'hits me')).toBe('DSL');
  });

  it('a pupil who told a teacher is still disclosing, so the DSL', () => {
    expect(route('I told my teacher but nobody listens. My stepdad hits me', 'hits me')).toBe('DSL');
  });

  it('a concern about a member of staff goes to the headteacher', () => {
    expect(route('Mr Baker messages my daughter at night', 'messages my daughter')).toBe('HEADTEACHER');
    expect(route('one of the teachers added her on snapchat', 'added her on snapchat')).toBe('HEADTEACHER');
    expect(route('Priya Patel touched my son inappropriately', 'inappropriately')).toBe('HEADTEACHER');
  });

  it('a concern about the headteacher goes to the chair of trustees', () => {
    expect(route('The headteacher is rough with her in the office', 'rough with her')).toBe('CHAIR');
    expect(route('Mrs Ward messages my son privately', 'messages my son')).toBe('CHAIR');
  });

  it('staff named in another sentence do not move it away from the DSL', () => {
    expect(route('Thanks Mr Baker for the trip! Also my brother hits me.', 'hits me')).toBe('DSL');
  });
});
