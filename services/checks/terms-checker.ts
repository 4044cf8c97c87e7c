// The text checker a draft of this school meets: the shared policy rules, then the school's
// terms of use as they stand at check time (read fresh each time, so a change applies at once,
// while the costly roster index stays cached).
import { withTerms } from '../../policies/terms/apply-terms.ts';
import type { TermsOfUse } from '../../policies/terms/terms.ts';
import type { Finding, PostText } from '../../policies/types.ts';
import { londonWallClock } from '../domain/london-time.ts';
import type { Db } from '../repositories/db.ts';
import { currentTerms } from '../repositories/terms.ts';
import { textCheckerFor } from './school-checker.ts';

/** "HH:MM" on the UK wall clock, as posting hours are written. */
export const londonHourMinute = (at: Date) => londonWallClock(at).slice(11, 16);

/**
 * `goesOutAt`: when the post would be published, for the posting hours; leave it out when
 * that is not known yet (the editor's live check).
 */
export async function termsCheckerFor(
  db: Db,
  schoolId: string,
  goesOutAt?: Date,
): Promise<{ check: (post: PostText) => Finding[]; terms: TermsOfUse }> {
  const [check, terms] = await Promise.all([textCheckerFor(db, schoolId), currentTerms(db, schoolId)]);
  return { check: withTerms(check, terms, goesOutAt && londonHourMinute(goesOutAt)), terms };
}
