// Storage keys become file paths: whatever string arrives, a key that is accepted must land
// inside the storage root, and every traversal spelling is refused before the disk is touched.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keySegments } from '../../../services/adapters/storage/keys.ts';
import { InvalidStorageKeyError } from '../../../services/adapters/storage/types.ts';

const root = '/srv/gatepost/storage';
const pieces = [
  '..',
  '.',
  '/',
  '\\',
  '%2e%2e',
  '%2f',
  '\0',
  '~',
  'originals',
  'a',
  'ａ',
  '．．',
  '\u202e',
  ':',
];

function landsInside(key: string): boolean {
  try {
    const resolved = path.resolve(root, ...keySegments(key));
    return resolved.startsWith(`${root}/`);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidStorageKeyError);
    return true;
  }
}

describe('storage keys', () => {
  it('never resolve outside the storage root, for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), landsInside), { numRuns: 5_000 });
  });

  it('never resolve outside the storage root when built from traversal fragments', () => {
    const hostile = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 })
      .map((p) => p.join(''));
    fc.assert(fc.property(hostile, landsInside), { numRuns: 5_000 });
  });

  it.each([
    '../etc/passwd',
    'originals/../../etc/passwd',
    '/etc/passwd',
    'originals/%2e%2e/secret',
    'originals\\..\\..\\secret',
    'originals/\0.jpg',
    'originals/．．/x',
    `originals/${'a'.repeat(600)}`,
  ])('refuses %j', (key) => {
    expect(() => keySegments(key)).toThrow(InvalidStorageKeyError);
  });
});
