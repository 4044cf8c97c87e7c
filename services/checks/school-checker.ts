// One text checker per school, rebuilt when its roster may have changed. Building the name
// index is the costly part; checking a draft with it is cheap.
import { createTextChecker } from '../../policies/text/index.ts';
import type { Finding, PostText } from '../../policies/types.ts';
import type { Db } from '../repositories/db.ts';
import { rosterOf } from '../repositories/pupils.ts';

type Checker = (post: PostText) => Finding[];

const TTL_MS = 30_000;
const cache = new Map<string, { checker: Checker; builtAt: number }>();

export async function textCheckerFor(db: Db, schoolId: string): Promise<Checker> {
  const cached = cache.get(schoolId);
  if (cached && Date.now() - cached.builtAt < TTL_MS) return cached.checker;
  const checker = createTextChecker(await rosterOf(db, schoolId));
  cache.set(schoolId, { checker, builtAt: Date.now() });
  return checker;
}

/** Called after a roster import in this process, so the next check sees the new names. */
export const forgetTextChecker = (schoolId: string) => cache.delete(schoolId);
