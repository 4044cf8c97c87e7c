// One draft as GET /api/drafts/:id and the officer's return/reject answer give it: the view,
// with the comment it was returned or rejected with (one query, so never for a list).

import type { Db } from '../repositories/db.ts';
import { currentDecline } from '../repositories/draft-decisions.ts';
import type { DraftDetail } from '../repositories/drafts.ts';
import { draftView, returnedView } from './draft-view.ts';

export async function draftWithComment(db: Db, draft: DraftDetail) {
  return { ...draftView(draft), returned: returnedView(await currentDecline(db, draft.id)) };
}
