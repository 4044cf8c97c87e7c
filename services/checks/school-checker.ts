// One text checker per school, rebuilt when its roster may have changed. Building the name
// index is the costly part; checking a draft with it is cheap.
import { createPostReader, createTextChecker } from '../../policies/text/index.ts';
import { forgetSchool, perSchool } from './school-cache.ts';

export const textCheckerFor = perSchool((roster) => createTextChecker(roster));
/** The name finder alone, for the consent checks. */
export const postReaderFor = perSchool(createPostReader);

/**
 * Called after a roster import in this process, so the next check sees the new names; every
 * roster-built cache (the reply classifier's too) forgets the school.
 */
export const forgetTextChecker = (schoolId: string) => forgetSchool(schoolId);
