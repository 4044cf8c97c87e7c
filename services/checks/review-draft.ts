// Once every check has run on the current content, blocking findings send the draft back to its
// author and anything else puts it in the officer's approval queue.
import type { Step } from '../drafts/change-state.ts';

/** The decision on checked content, or none while a photo is still being anonymised (its scan runs the checks again). */
export function reviewDraft(
  findings: { severity: 'BLOCK' | 'WARN'; ruleId: string }[],
  media: { state: string }[],
): Step | undefined {
  if (media.some((m) => m.state === 'PENDING')) return undefined;
  const blocks = findings.filter((f) => f.severity === 'BLOCK');
  return {
    action: blocks.length ? 'requireChanges' : 'awaitApproval',
    data: { blocking: blocks.map((f) => f.ruleId), warnings: findings.length - blocks.length },
  };
}
