// Raises an Appendix B inappropriate-content report from a reply: the form is filled from the
// reply (platform, ids, author, when, what was done) and linked from the abuse log entry.
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { AppError } from '../domain/errors.ts';
import { openPolicyForm } from '../forms/policy-form.ts';
import { abuseLogEntryOf, logAbuse, updateAbuseLogEntry } from '../repositories/abuse-log.ts';
import { accountOf } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { replyFor } from './reply-access.ts';

export async function reportReply(services: Services, actor: Actor, id: string, reason: string) {
  const reply = await replyFor(services.db, actor, id, 'moderateReplies');
  return inTransaction(services.db, async (tx) => {
    const entry = await abuseLogEntryOf(tx, reply.id);
    if (entry?.reportFormId)
      throw new AppError('conflict', 'A report has already been raised from this reply.');
    const account = await accountOf(tx, reply.accountId);
    const form = await openPolicyForm(tx, {
      kind: 'CONTENT_REPORT',
      schoolId: reply.schoolId,
      requesterId: actor.userId,
      fields: {
        source: 'reply',
        replyId: reply.id,
        platform: account.platform,
        accountHandle: account.handle,
        platformReplyId: reply.platformReplyId,
        platformPostId: reply.platformPostId,
        authorHandle: reply.authorHandle,
        postedAt: reply.repliedAt.toISOString(),
        labels: reply.labels,
        actionTaken: reply.moderation,
        reason,
      },
    });
    // A reply reported by hand goes in the abuse log even if Gatepost saw nothing wrong.
    if (!entry)
      await logAbuse(tx, [{ reply, labels: reply.labels, action: 'reported', actionById: actor.userId }]);
    await updateAbuseLogEntry(tx, reply.id, { reportFormId: form.id });
    await appendAudit(tx, {
      schoolId: reply.schoolId,
      actorId: actor.userId,
      action: 'reply.reported',
      subjectType: 'reply',
      subjectId: reply.id,
      data: { formId: form.id },
    });
    return { formId: form.id, state: form.state };
  });
}
