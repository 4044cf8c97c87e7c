// Which of the officer's decisions on a follower can follow which.
import { describe, expect, it } from 'vitest';
import { decisionRefusal } from './follower-decision.ts';

describe('decisions on a follower', () => {
  it('allows any decision on a follower waiting for the officer', () => {
    for (const d of ['approve', 'remove', 'block'] as const) expect(decisionRefusal('PENDING', d)).toBeNull();
  });

  it('lets an approved follower be removed or blocked later, but not approved twice', () => {
    expect(decisionRefusal('APPROVED', 'remove')).toBeNull();
    expect(decisionRefusal('APPROVED', 'block')).toBeNull();
    expect(decisionRefusal('APPROVED', 'approve')).toBe('They are already approved.');
  });

  it('lets a removed follower only be blocked, and a blocked one nothing more', () => {
    expect(decisionRefusal('REMOVED', 'block')).toBeNull();
    expect(decisionRefusal('REMOVED', 'approve')).toContain('no longer follow');
    for (const d of ['approve', 'remove', 'block'] as const)
      expect(decisionRefusal('BLOCKED', d)).toBe('They are already blocked.');
  });
});
