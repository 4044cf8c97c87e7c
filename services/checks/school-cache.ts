// Things built from a school's roster (name indexes, checkers, classifiers) cost far more to
// build than to use: keep one per school for a while, and forget every one of them when the
// school's roster changes in this process.
import type { RosterPupil } from '../../policies/types.ts';
import type { Db } from '../repositories/db.ts';
import { rosterOf } from '../repositories/pupils.ts';

const TTL_MS = 30_000;
const caches = new Set<Map<string, unknown>>();

export type PerSchool<T> = (db: Db, schoolId: string) => Promise<T>;

export function perSchool<T>(build: (roster: RosterPupil[]) => T, ttlMs = TTL_MS): PerSchool<T> {
  const built = new Map<string, { value: Promise<T>; at: number }>();
  caches.add(built);
  return (db, schoolId) => {
    const cached = built.get(schoolId);
    if (cached && Date.now() - cached.at < ttlMs) return cached.value;
    // The promise is cached, so many jobs arriving at once build the index once.
    const value = rosterOf(db, schoolId).then(build);
    built.set(schoolId, { value, at: Date.now() });
    value.catch(() => built.delete(schoolId));
    return value;
  };
}

/** Called after a roster import, so the next check sees the new names. */
export function forgetSchool(schoolId: string): void {
  for (const cache of caches) cache.delete(schoolId);
}
