// Hides the replies the school's rules said to hide, where the platform allows it; where it
// does not (X outside the account's own conversations), the officer is asked to hide them by
// hand. Nothing is ever deleted: the abuse log keeps the text whatever the platform does.
import type { PlatformAdapter } from '../adapters/platforms/types.ts';
import { PlatformError } from '../adapters/platforms/types.ts';
import type { Services } from '../context.ts';
import type { Account, Prisma, Reply } from '../generated/prisma/client.ts';
import { updateAbuseLogEntries } from '../repositories/abuse-log.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { claimRepliesToHide, HIDE_PAGE, moveModeration } from '../repositories/replies.ts';

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

/**
 * Saves many outcomes in the caller's transaction. With `from`, only replies still in that state
 * change, and only those are logged and audited: a hide recorded once is never recorded again.
 */
async function recordHideResults(
  tx: Prisma.TransactionClient,
  decisions: HideDecision[],
  actorId: string | null,
  from: string | null,
) {
  for (const result of new Set(decisions.map((d) => d.result))) {
    const ids = decisions.filter((d) => d.result === result).map((d) => d.reply.id);
    const moved = await moveModeration(tx, ids, { moderation: result, hidden: result === 'hidden' }, from);
    await updateAbuseLogEntries(tx, [...moved], { action: result, actionById: actorId });
    for (const { reply } of decisions.filter((d) => d.result === result && moved.has(d.reply.id))) {
      await appendAudit(tx, {
        schoolId: reply.schoolId,
        actorId,
        action: `reply.${result}`,
        subjectType: 'reply',
        subjectId: reply.id,
        data: { platformReplyId: reply.platformReplyId, platformPostId: reply.platformPostId },
      });
    }
  }
}

/** The officer's own hide or unhide, saved in a transaction of its own. */
export const saveHideResults = (services: Services, decisions: HideDecision[], actorId: string) =>
  inTransaction(services.db, (tx) => recordHideResults(tx, decisions, actorId, null));

/** Platform calls a few at a time: quick for the sandbox, gentle on a platform's rate limit. */
const HIDES_IN_FLIGHT = 8;
/**
 * A page's transaction holds its replies (and a database connection) until every answer is
 * saved, so it must stay well inside the transaction's time limit: no new platform call after
 * the first budget, and no more waiting after the second (a call still out counts as "busy";
 * its reply stays pending and is asked again, which a platform answers the same way).
 */
const ASKING_MS = 5_000;
const WAITING_MS = 12_000;

/**
 * Works through the account's replies waiting to be hidden, a page at a time, until none is left
 * that another job does not already hold, or the platform is busy (the sweep asks again later).
 */
export async function applyHides(
  services: Services,
  account: Account,
): Promise<{ hidden: number; byHand: number; busy: boolean }> {
  const adapter = services.platforms.adapterFor(account);
  let hidden = 0;
  let byHand = 0;
  for (;;) {
    const page = await inTransaction(services.db, async (tx) => {
      const pending = await claimRepliesToHide(tx, account.id, HIDE_PAGE);
      const asked = await askInTurn(adapter, pending);
      await recordHideResults(tx, asked.decisions, null, 'hide_pending');
      return { claimed: pending.length, ...asked };
    });
    hidden += page.decisions.filter((d) => d.result === 'hidden').length;
    byHand += page.decisions.filter((d) => d.result === 'hide_by_hand').length;
    if (!page.claimed || page.busy) return { hidden, byHand, busy: page.busy };
  }
}

async function askInTurn(
  adapter: PlatformAdapter,
  pending: Reply[],
): Promise<{ decisions: HideDecision[]; busy: boolean }> {
  const decisions: HideDecision[] = [];
  const stopAsking = Date.now() + ASKING_MS;
  let timer: NodeJS.Timeout | undefined;
  const givenUp = new Promise<'later'>((resolve) => {
    timer = setTimeout(() => resolve('later'), WAITING_MS);
  });
  let busy = false;
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: Math.min(HIDES_IN_FLIGHT, pending.length) }, async () => {
        while (next < pending.length && !busy && Date.now() < stopAsking) {
          const reply = pending[next++]!;
          const result = await Promise.race([askPlatformToHide(adapter, reply, true), givenUp]);
          // Busy, down or too slow: this reply and the rest stay pending; the sweep asks again.
          if (result === 'later') busy = true;
          else decisions.push({ reply, result });
        }
      }),
    );
  } finally {
    clearTimeout(timer);
  }
  return { decisions, busy };
}
