// Storage keys become file paths (and later object names), so only a narrow alphabet is
// allowed and no segment may climb out of the storage root.
import { InvalidStorageKeyError } from './types.ts';

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

/** The key's path segments; throws InvalidStorageKeyError for anything that is not plainly safe. */
export function keySegments(key: string): string[] {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new InvalidStorageKeyError(`storage key must be 1–${MAX_KEY_LENGTH} characters`);
  }
  const segments = key.split('/');
  // SEGMENT forbids a leading dot, so '.', '..' and hidden files are refused with the rest.
  if (!segments.every((segment) => SEGMENT.test(segment))) {
    throw new InvalidStorageKeyError(`storage key ${JSON.stringify(key)} is not allowed`);
  }
  return segments;
}
