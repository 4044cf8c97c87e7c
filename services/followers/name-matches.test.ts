// A follower's name read against the roster and the staff list, in the ways people write
// themselves on social media.
import { describe, expect, it } from 'vitest';
import { pupil } from '../../policies/text/test-roster.ts';
import { nameReader } from './name-matches.ts';

const read = nameReader(
  [
    pupil('Amelia', 'Hughes', 'Year 2'),
    pupil('William', 'Price', 'Year 5', 'Will'),
    pupil('Rose', 'Bishop', 'Year 1'),
  ],
  ['Helen Carter', 'Hari Head'],
);

describe('follower names', () => {
  it.each([
    ['Amelia Hughes', '@xyz123'],
    ['A fan', '@amelia_hughes09'],
    ['A fan', '@ameliahughes'],
    ['A fan', '@Amelia.Hughes'],
  ])('finds the pupil in %j %j', (displayName, handle) => {
    expect(read({ displayName, handle })).toEqual([
      { kind: 'pupil', level: 'full', name: 'Amelia Hughes (Year 2)' },
    ]);
  });

  it('names a pupil by the name they go by', () => {
    expect(read({ displayName: 'Will Price', handle: '@wp' })).toEqual([
      { kind: 'pupil', level: 'full', name: 'Will Price (Year 5)' },
    ]);
  });

  it('finds a member of staff', () => {
    expect(read({ displayName: 'Helen Carter 🍎', handle: '@mrs_c' })).toEqual([
      { kind: 'staff', level: 'full', name: 'Helen Carter' },
    ]);
  });

  it.each([
    ['Oakfield Bakery', '@oakfield_bakery'],
    ['Rose Garden Centre', '@rosegardens'],
    ['Hughes Plumbing', '@hughes_plumbing'],
  ])('leaves %j alone', (displayName, handle) => {
    expect(read({ displayName, handle }).filter((m) => m.level === 'full')).toEqual([]);
  });
});
