// One text checker per school, rebuilt when its roster may have changed. Building the name
// index is the costly part; checking a draft with it is cheap.

import { createPostReader, createTextChecker } from '../../policies/text/index.ts';
import type { RosterPupil } from '../../policies/types.ts';
import type { Db } from '../repositories/db.ts';
import { rosterOf } from '../repositories/pupils.ts';

const TTL_MS = 30_000;

/** A per-school cache of something built from the roster, kept for TTL_MS. */
function perSchool<T>(build: (roster: RosterPupil[]) => T) {
  const cache = new Map<string, { value: T; builtAt: number }>();
  const get = async (db: Db, schoolId: string): Promise<T> => {
    const cached = cache.get(schoolId);
    if (cached && Date.now() - cached.builtAt < TTL_MS) return cached.value;
    const value = build(await rosterOf(db, schoolId));
    cache.set(schoolId, { value, builtAt: Date.now() });
    return value;
  };
  return { get, forget: (schoolId: string) => cache.delete(schoolId) };
}

const checkers = perSchool((roster) => createTextChecker(roster));
// The name finder alone, for the consent checks.
const readers = perSchool(createPostReader);

export const textCheckerFor = checkers.get;
export const postReaderFor = readers.get;

/** Called after a roster import in this process, so the next check sees the new names. */
export const forgetTextChecker = (schoolId: string) => {
  readers.forget(schoolId);
  return checkers.forget(schoolId);
};
