// The editor reads UK times by the API's rules: the same times are refused, for the same reason.
import { describe, expect, it } from 'vitest';
import { fromLondonTime } from '../../../domain/london-time.ts';
import { fromLondonInput, readSchedule, toLondonSchedule } from './london-time.ts';

describe('UK time in the draft editor', () => {
  it('reads winter and summer times as GMT and BST', () => {
    expect(fromLondonInput('2027-01-15T09:30')?.toISOString()).toBe('2027-01-15T09:30:00.000Z');
    expect(fromLondonInput('2027-06-15T09:30')?.toISOString()).toBe('2027-06-15T08:30:00.000Z');
  });

  it('refuses 01:30 on the spring-forward Sunday, with the API’s reason', () => {
    const reading = readSchedule('2027-03-28T01:30');
    expect(reading).toEqual({
      kind: 'problem',
      message: expect.stringContaining('2027-03-28 01:30 does not exist in UK time'),
    });
    const api = fromLondonTime('2027-03-28T01:30');
    expect(api.ok).toBe(false);
    expect(reading.kind === 'problem' && reading.message).toBe(`${!api.ok && api.problem}.`);
    expect(fromLondonInput('2027-03-28T01:30')).toBeUndefined();
  });

  it('asks which 01:30 on the autumn Sunday, and takes either once chosen', () => {
    expect(readSchedule('2027-10-31T01:30')).toEqual({ kind: 'twice', time: '01:30' });
    expect(fromLondonTime('2027-10-31T01:30').ok).toBe(false);
    const first = readSchedule('2027-10-31T01:30 BST');
    const second = readSchedule('2027-10-31T01:30 GMT');
    expect(first.kind === 'ok' && first.at.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(second.kind === 'ok' && second.at.toISOString()).toBe('2027-10-31T01:30:00.000Z');
  });

  it('shows a saved time so that saving it again keeps the same instant', () => {
    expect(toLondonSchedule('2027-06-15T08:30:00.000Z')).toBe('2027-06-15T09:30');
    expect(toLondonSchedule('2027-10-31T00:30:00.000Z')).toBe('2027-10-31T01:30 BST');
    expect(toLondonSchedule('2027-10-31T01:30:00.000Z')).toBe('2027-10-31T01:30 GMT');
  });
});
