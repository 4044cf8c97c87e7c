// reply-classify: labels the account's unclassified replies in batches (abusive, cyberbullying,
// pupil_data, safeguarding, spam), records what the labels call for in the same transaction,
// then sends the notices and hides what the school's rules say to hide.
import type { SchoolPeople } from '../../policies/replies/escalation-route.ts';
import type { Services } from '../context.ts';
import type { Account } from '../generated/prisma/client.ts';
import { findAccount } from '../repositories/accounts.ts';
import { inTransaction } from '../repositories/db.ts';
import { claimUnclassified, saveVerdicts, type Verdict } from '../repositories/replies.ts';
import { replyRulesOf } from '../repositories/reply-settings.ts';
import { schoolPeopleNames } from '../repositories/school-people.ts';
import { applyHides } from './apply-hides.ts';
import { type Flagged, recordFlags } from './record-flags.ts';
import { actionsFor } from './reply-rules.ts';
import { replyClassifierFor } from './school-classifier.ts';

const BATCH = 500;

export async function classifyReplies(
  services: Services,
  accountId: string,
): Promise<{ classified: number }> {
  const { db } = services;
  const account = await findAccount(db, accountId);
  if (!account) return { classified: 0 };
  const classify = await replyClassifierFor(db, account.schoolId);
  const rules = await replyRulesOf(db, account.schoolId);
  let people: Promise<SchoolPeople> | undefined;
  const context = {
    schoolId: account.schoolId,
    publicUrl: services.publicUrl,
    rules,
    people: () => (people ??= schoolPeopleNames(db, account.schoolId)),
    actorId: null,
  };
  const hides = hidesAlongside(services, account);
  let classified = 0;
  for (;;) {
    const batch = await inTransaction(db, async (tx) => {
      const replies = await claimUnclassified(tx, accountId, BATCH);
      if (!replies.length) return null;
      const verdicts: Verdict[] = [];
      const flagged: Flagged[] = [];
      for (const reply of replies) {
        const { labels, findings } = classify(reply.text);
        const moderation = actionsFor(labels, rules).hide ? 'hide_pending' : 'none';
        verdicts.push({ id: reply.id, labels, findings, moderation });
        if (labels.length) flagged.push({ reply, labels, findings, moderation });
      }
      await saveVerdicts(tx, verdicts);
      const notices = flagged.length ? await recordFlags(tx, context, flagged) : [];
      return { count: replies.length, notices, hide: flagged.some((f) => f.moderation === 'hide_pending') };
    });
    if (!batch) break;
    classified += batch.count;
    await Promise.all(batch.notices.map((noticeId) => services.queue.enqueue('notify', { noticeId })));
    if (batch.hide) hides.start();
  }
  // Also when there was nothing to classify: the sweep sends this job for hides left pending.
  await hides.finish();
  return { classified };
}

/**
 * Hides run beside classification, so the platform's answers are awaited while the next batch
 * is judged. A start while hides are running asks for one more pass once they finish: replies
 * committed after the running pass last looked are not left for the sweep.
 */
function hidesAlongside(services: Services, account: Account) {
  let running: Promise<void> | null = null;
  let again = false;
  // Once the platform said it is busy, asking again in this job would only hear it again: the
  // replies stay waiting and the sweep's next classify job asks.
  let platformBusy = false;
  let failure: unknown = null;
  const passes = async () => {
    do {
      again = false;
      platformBusy = (await applyHides(services, account)).busy;
    } while (again && !platformBusy);
  };
  const start = () => {
    if (platformBusy) return;
    if (running) {
      again = true;
      return;
    }
    running = passes()
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        running = null;
      });
  };
  return {
    start,
    async finish() {
      // A pass still running sees what this job committed (start() asked it to look again).
      if (!running) start();
      await running;
      if (failure) throw failure;
    },
  };
}
