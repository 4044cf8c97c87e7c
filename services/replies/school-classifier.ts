// The reply classifier of one school, with its roster for pupil data (policy §7).
import { createReplyClassifier } from '../../policies/replies/index.ts';
import { perSchool } from '../checks/school-cache.ts';

export const replyClassifierFor = perSchool(createReplyClassifier);
