import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { compileLexicon } from './lexicon.ts';

const match = compileLexicon([
  { pattern: 'vote (?:for )?them', reason: 'campaigning' },
  { pattern: 'Reform(?: UK)?', reason: 'a party', caseSensitive: true },
  { pattern: '\\d+k followers|#?free ?gifts?', reason: 'spam' },
  { pattern: '🙄|i (?:really )?think', reason: 'opinion' },
  { pattern: 'vote', reason: 'later entries lose at the same place' },
]);
const found = (text: string) =>
  match(text, fold(text)).map((h) => [text.slice(h.start, h.end), h.entry.reason]);

describe('lexicon matching', () => {
  it('finds phrasings wherever a word starts, in any case, and says why', () => {
    expect(found('Please VOTE them out. 🙄 Honestly: I really think so')).toEqual([
      ['VOTE them', 'campaigning'],
      ['🙄', 'opinion'],
      ['I really think', 'opinion'],
    ]);
  });

  it('finds entries that begin with a digit class or an optional symbol', () => {
    expect(found('Buy 10k followers now! #FreeGift')).toEqual([
      ['10k followers', 'spam'],
      ['#FreeGift', 'spam'],
    ]);
  });

  it('keeps case-sensitive entries to the case they name', () => {
    expect(found('Reform UK leaflets')).toEqual([['Reform UK', 'a party']]);
    expect(found('a reform of the timetable')).toEqual([]);
  });

  it('never matches inside a longer word', () => {
    expect(found('devote them time; thinking of the revote')).toEqual([]);
  });
});
