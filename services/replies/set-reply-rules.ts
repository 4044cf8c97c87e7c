// The headteacher sets what Gatepost does with labelled replies at their school; audited.
import type { Services } from '../context.ts';
import type { Actor } from '../domain/actor.ts';
import { appendAudit } from '../repositories/audit.ts';
import { inTransaction } from '../repositories/db.ts';
import { replyRulesOf, saveReplyRules } from '../repositories/reply-settings.ts';
import type { ReplyRules } from './reply-rules.ts';

export function setReplyRules(services: Services, actor: Actor, schoolId: string, rules: ReplyRules) {
  return inTransaction(services.db, async (tx) => {
    const before = await replyRulesOf(tx, schoolId);
    await saveReplyRules(tx, schoolId, rules);
    await appendAudit(tx, {
      schoolId,
      actorId: actor.userId,
      action: 'reply_rules.changed',
      subjectType: 'school',
      subjectId: schoolId,
      data: { before: { ...before }, after: { ...rules } },
    });
    return rules;
  });
}
