// Hides the replies the school's rules said to hide, where the platform allows it; where it
// does not (X outside the account's own conversations), the officer is asked to hide them by
// hand. Nothing is ever deleted: the abuse log keeps the text whatever the platform does.
import type { PlatformAdapter } from '../adapters/platforms/types.ts';
import { PlatformError } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import type { Account, Reply } from '../generated/prisma/client.ts';
import { updateAbuseLogEntry } from '../repositories/abuse-log.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { repliesAwaitingHide, updateReply } from '../repositories/replies.ts';

export type HideResult = 'hidden' | 'hide_by_hand' | 'unhidden' | 'later';

/** Asks the platform; 'later' when it is busy or down, so the sweep tries again. */
export async function askPlatformToHide(
  adapter: PlatformAdapter,
  reply: Reply,
  hidden: boolean,
): Promise<HideResult> {
  try {
    const outcome = await adapter.setReplyHidden(reply.platformReplyId, hidden, reply.platformPostId);
    if (outcome === 'not_allowed') return 'hide_by_hand';
    return outcome;
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    return error.kind === 'transient' || error.kind === 'rate_limited' ? 'later' : 'hide_by_hand';
  }
}

export async function saveHideResult(
  services: Services,
  reply: Reply,
  result: Exclude<HideResult, 'later'>,
  actorId: string | null,
): Promise<void> {
  await inTransaction(services.db, async (tx) => {
    await updateReply(tx, reply.id, { moderation: result, hidden: result === 'hidden' });
    await updateAbuseLogEntry(tx, reply.id, { action: result, actionById: actorId });
    await appendAudit(tx, {
      schoolId: reply.schoolId,
      actorId,
      action: `reply.${result}`,
      subjectType: 'reply',
      subjectId: reply.id,
      data: { platformReplyId: reply.platformReplyId, platformPostId: reply.platformPostId },
    });
  });
}

export async function applyHides(
  services: Services,
  account: Account,
): Promise<{ hidden: number; byHand: number }> {
  const adapter = services.platforms.adapterFor(account);
  let hidden = 0;
  let byHand = 0;
  for (const reply of await repliesAwaitingHide(services.db, account.id)) {
    const result = await askPlatformToHide(adapter, reply, true);
    if (result === 'later') break;
    await saveHideResult(services, reply, result, null);
    if (result === 'hidden') hidden++;
    else byHand++;
  }
  return { hidden, byHand };
}
