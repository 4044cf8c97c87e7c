// The headteacher's overrides of blocking findings, each bound to one version of a draft.
import type { Db } from './db.ts';

export const createOverride = (
  db: Db,
  override: { draftId: string; contentHash: string; ruleIds: string[]; reason: string; byId: string },
) => db.findingOverride.create({ data: override });

/** Rule ids overridden for exactly this content; an edit leaves earlier overrides behind. */
export async function overriddenRules(db: Db, draftId: string, contentHash: string): Promise<Set<string>> {
  const rows = await db.findingOverride.findMany({ where: { draftId, contentHash } });
  return new Set(rows.flatMap((r) => r.ruleIds));
}
