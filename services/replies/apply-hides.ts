// Hides the replies the school's rules said to hide, where the platform allows it; where it
// does not (X outside the account's own conversations), the officer is asked to hide them by
// hand. Nothing is ever deleted: the abuse log keeps the text whatever the platform does.
import type { PlatformAdapter } from '../adapters/platforms/types.ts';
import { PlatformError } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import type { Account, Reply } from '../generated/prisma/client.ts';
import { updateAbuseLogEntries } from '../repositories/abuse-log.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { HIDE_PAGE, repliesAwaitingHide, updateReplies } from '../repositories/replies.ts';

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

export interface HideDecision {
  reply: Reply;
  result: Exclude<HideResult, 'later'>;
}

/** Saves many outcomes in one transaction: at busy times a transaction per reply is the bottleneck. */
export async function saveHideResults(services: Services, decisions: HideDecision[], actorId: string | null) {
  if (!decisions.length) return;
  await inTransaction(services.db, async (tx) => {
    for (const result of new Set(decisions.map((d) => d.result))) {
      const ids = decisions.filter((d) => d.result === result).map((d) => d.reply.id);
      await updateReplies(tx, ids, { moderation: result, hidden: result === 'hidden' });
      await updateAbuseLogEntries(tx, ids, { action: result, actionById: actorId });
    }
    for (const { reply, result } of decisions) {
      await appendAudit(tx, {
        schoolId: reply.schoolId,
        actorId,
        action: `reply.${result}`,
        subjectType: 'reply',
        subjectId: reply.id,
        data: { platformReplyId: reply.platformReplyId, platformPostId: reply.platformPostId },
      });
    }
  });
}

/** Platform calls a few at a time: quick for the sandbox, gentle on a platform's rate limit. */
const HIDES_IN_FLIGHT = 8;

/** Works through every reply waiting to be hidden, a page at a time, until none is left or the platform is busy. */
export async function applyHides(
  services: Services,
  account: Account,
): Promise<{ hidden: number; byHand: number }> {
  const adapter = services.platforms.adapterFor(account);
  let hidden = 0;
  let byHand = 0;
  for (;;) {
    const pending = await repliesAwaitingHide(services.db, account.id);
    const decisions = await askInTurn(adapter, pending);
    await saveHideResults(services, decisions, null);
    hidden += decisions.filter((d) => d.result === 'hidden').length;
    byHand += decisions.filter((d) => d.result === 'hide_by_hand').length;
    // A short page was the last; a page with replies left pending means the platform is busy.
    if (pending.length < HIDE_PAGE || decisions.length < pending.length) return { hidden, byHand };
  }
}

async function askInTurn(adapter: PlatformAdapter, pending: Reply[]): Promise<HideDecision[]> {
  const decisions: HideDecision[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(HIDES_IN_FLIGHT, pending.length) }, async () => {
      while (next < pending.length) {
        const reply = pending[next++]!;
        const result = await askPlatformToHide(adapter, reply, true);
        // Busy or down: the reply stays pending and the sweep asks again later.
        if (result !== 'later') decisions.push({ reply, result });
      }
    }),
  );
  return decisions;
}
