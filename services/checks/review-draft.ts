// Once every check has run on the current content, blocking findings send the draft back to its
// author and anything else puts it in the officer's approval queue.
import type { Step } from '../drafts/change-state.ts';

/** A photo the scanner has not finished: the decision waits for it. */
export const photoWithScanner = (media: { state: string }[]) => media.some((m) => m.state === 'PENDING');

/** The decision on checked content, or none while a photo is still being anonymised (its scan runs the checks again). */
export function reviewDraft(
  findings: { severity: 'BLOCK' | 'WARN'; ruleId: string }[],
  media: { state: string }[],
): Step | undefined {
  if (photoWithScanner(media)) return undefined;
  const blocks = findings.filter((f) => f.severity === 'BLOCK');
  return {
    action: blocks.length ? 'requireChanges' : 'awaitApproval',
    data: { blocking: blocks.map((f) => f.ruleId), warnings: findings.length - blocks.length },
  };
}
