// A follower's account age as the officer reads it.
import { describe, expect, it } from 'vitest';
import { accountAge } from './account-age.ts';

const now = new Date('2026-11-27T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

describe('account age', () => {
  it.each([
    [daysAgo(1), 'Account made 1 day ago', true],
    [daysAgo(20), 'Account made 20 days ago', true],
    [daysAgo(45), 'Account made 45 days ago', false],
    [daysAgo(200), 'Account made 6 months ago', false],
    [daysAgo(800), 'Account made 2 years ago', false],
  ])('%s reads %j', (iso, words, isNew) => {
    expect(accountAge(iso, now)).toEqual({ words, isNew });
  });

  it('says when the platform did not tell', () => {
    expect(accountAge(null, now)).toEqual({ words: 'Account age not known', isNew: false });
  });
});
