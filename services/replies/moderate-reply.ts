// The officer's decisions on a reply: unhide it, relabel it, or confirm Gatepost's judgement
// (and that a reply Gatepost could not hide has been hidden by hand). Each decision is kept
// with the labels before and after (the school's own training data) and audited.
import type { ReplyLabel } from '../../policies/types.ts';
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import type { Prisma, Reply } from '../generated/prisma/client.ts';
import { updateAbuseLogEntry } from '../repositories/abuse-log.ts';
import { accountOf } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { recordDecision, updateReply } from '../repositories/replies.ts';
import { replyRulesOf } from '../repositories/reply-settings.ts';
import { schoolPeopleNames } from '../repositories/school-people.ts';
import { askPlatformToHide, saveHideResults } from './apply-hides.ts';
import { recordFlags } from './record-flags.ts';
import { replyFor } from './reply-access.ts';

export type DecisionKind = 'unhide' | 'relabel' | 'confirm';

async function decide(
  tx: Prisma.TransactionClient,
  actor: Actor,
  reply: Reply,
  kind: DecisionKind,
  labelsAfter: string[],
  note: string | null,
  extra: Record<string, unknown> = {},
) {
  await recordDecision(tx, {
    replyId: reply.id,
    byId: actor.userId,
    kind,
    labelsBefore: reply.labels,
    labelsAfter,
    note,
  });
  await appendAudit(tx, {
    schoolId: reply.schoolId,
    actorId: actor.userId,
    action: `reply.${kind}`,
    subjectType: 'reply',
    subjectId: reply.id,
    data: { labelsBefore: reply.labels, labelsAfter, ...extra },
  });
}

export async function unhideReply(services: Services, actor: Actor, id: string, note: string | null) {
  const reply = await replyFor(services.db, actor, id, 'moderateReplies');
  if (!reply.hidden) throw new AppError('invalid_state', 'That reply is not hidden.');
  const account = await accountOf(services.db, reply.accountId);
  const result = await askPlatformToHide(services.platforms.adapterFor(account), reply, false);
  if (result === 'later')
    throw new AppError('conflict', 'The platform is busy; try unhiding again in a minute.');
  await inTransaction(services.db, (tx) => decide(tx, actor, reply, 'unhide', reply.labels, note));
  const outcome = result === 'hide_by_hand' ? 'hide_by_hand' : 'unhidden';
  await saveHideResults(services, [{ reply, result: outcome }], actor.userId);
}

export async function relabelReply(
  services: Services,
  actor: Actor,
  id: string,
  labels: ReplyLabel[],
  note: string | null,
) {
  const reply = await replyFor(services.db, actor, id, 'moderateReplies');
  const rules = await replyRulesOf(services.db, reply.schoolId);
  const added = labels.filter((l) => !reply.labels.includes(l));
  const notices = await inTransaction(services.db, async (tx) => {
    await decide(tx, actor, reply, 'relabel', labels, note);
    await updateReply(tx, reply.id, { labels });
    await updateAbuseLogEntry(tx, reply.id, { labels });
    // A label the officer adds is acted on like one Gatepost found: logged, escalated, counted.
    if (!added.length) return [];
    return recordFlags(
      tx,
      {
        schoolId: reply.schoolId,
        publicUrl: services.publicUrl,
        rules,
        people: () => schoolPeopleNames(tx, reply.schoolId),
        actorId: actor.userId,
      },
      [{ reply: { ...reply, labels }, labels: added, findings: [], moderation: reply.moderation }],
    );
  });
  for (const noticeId of notices) await services.queue.enqueue('notify', { noticeId });
}

export async function confirmReply(
  services: Services,
  actor: Actor,
  id: string,
  note: string | null,
  hiddenByHand: boolean,
) {
  const reply = await replyFor(services.db, actor, id, 'moderateReplies');
  if (hiddenByHand && reply.moderation !== 'hide_by_hand')
    throw new AppError(
      'invalid_state',
      'Only a reply marked "hide by hand" can be confirmed as hidden by hand.',
    );
  await inTransaction(services.db, async (tx) => {
    await decide(tx, actor, reply, 'confirm', reply.labels, note, { hiddenByHand });
    if (!hiddenByHand) return;
    await updateReply(tx, reply.id, { moderation: 'hidden', hidden: true });
    await updateAbuseLogEntry(tx, reply.id, { action: 'hidden_by_hand', actionById: actor.userId });
  });
}
