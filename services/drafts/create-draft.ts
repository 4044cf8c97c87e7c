import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { createDraft as insertDraft } from '../repositories/drafts.ts';
import { checkTargets, type DraftContent, hashOf, requireFutureOrNone } from './draft-content.ts';
import { draftView } from './draft-view.ts';

export async function createDraft(services: Services, actor: Actor, content: DraftContent) {
  requireFutureOrNone(content.scheduledAt);
  const draft = await inTransaction(services.db, async (tx) => {
    const { schoolId, accountIds } = await checkTargets(tx, actor, content.accountIds);
    const created = await insertDraft(tx, {
      schoolId,
      authorId: actor.userId,
      text: content.text,
      scheduledAt: content.scheduledAt,
      accountIds,
      contentHash: hashOf({ ...content, accountIds }),
    });
    await appendAudit(tx, {
      schoolId,
      actorId: actor.userId,
      action: 'draft.create',
      subjectType: 'draft',
      subjectId: created.id,
      data: { contentHash: created.contentHash, accountIds },
    });
    return created;
  });
  return draftView(draft);
}
