// Each school's reply rules; a school without its own row gets the defaults.
import type { ReplyLabel } from '../../policies/types.ts';
import { DEFAULT_RULES, type ReplyRules } from '../replies/reply-rules.ts';
import type { Db } from './db.ts';

export async function replyRulesOf(db: Db, schoolId: string): Promise<ReplyRules> {
  const row = await db.replySettings.findUnique({ where: { schoolId } });
  if (!row) return DEFAULT_RULES;
  return {
    hideLabels: row.hideLabels as ReplyLabel[],
    acknowledgeWithinMinutes: row.acknowledgeWithinMinutes,
    offenderThreshold: row.offenderThreshold,
  };
}

export const saveReplyRules = (db: Db, schoolId: string, rules: ReplyRules) =>
  db.replySettings.upsert({ where: { schoolId }, create: { schoolId, ...rules }, update: rules });
