import type { Finding } from '../types.ts';
import type { LexiconHit } from './lexicon.ts';
import { compileLexicon } from './lexicon.ts';
import { findProfanity } from './profanity.ts';
import type { PostContext, TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';

/** Insults that are not swear words but still demean someone in a post. */
const INSULTS = compileLexicon([
  { pattern: 'bunch of (?:cheats|muppets|idiots|morons|clowns|losers|wasters)', reason: 'an insult' },
  {
    pattern:
      'muppets|idiots?|morons?|cretins?|imbeciles?|scumbags?|numpt(?:y|ies)|pillocks?|plonkers?|tossers?',
    reason: 'an insult',
  },
  { pattern: 'needs? (?:their|his|her|your) heads? (?:examined|testing|read)', reason: 'an insult' },
  { pattern: 'scum|prats?|dipsticks?|(?:nit|half|dim)wits?|wallies|berks?', reason: 'an insult' },
  {
    pattern:
      'you (?:mucky|dirty|filthy|smelly|lazy|useless|horrible|grubby) (?:lot|pigs|animals|gits|article)',
    reason: 'an insult',
  },
  {
    // "a clown" can visit Reception; "an absolute clown" is aimed at someone.
    pattern:
      '(?:absolute|complete|total|utter|such|proper|right) (?:an? )?(?:clowns?|losers?|jokers?|wasters?|dopes?|div|divs)',
    reason: 'an insult',
  },
]);

/** "Dick Whittington", "Dick King-Smith": a capitalised word followed by another is a name. */
function isProperName(context: PostContext, hit: LexiconHit): boolean {
  const word = context.text.slice(hit.start, hit.end);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && /^ \p{Lu}/u.test(context.text.slice(hit.end, hit.end + 2));
}

const identity = {
  id: 'text.offensive',
  category: 'offensive',
  severity: 'block',
  clause: '§3',
} as const;

export const offensive: TextRule = {
  ...identity,
  description: 'Profanity in any disguise (masked, leet, spaced, abbreviated, emoji), slurs and insults',
  check(context): Finding[] {
    const hits = [...findProfanity(context.text, context.folded), ...INSULTS(context.text, context.folded)];
    return hits
      .filter((hit) => !isProperName(context, hit))
      .map((hit) => {
        const span: [number, number] = [hit.start, hit.end];
        return findingOf(identity, {
          message: `${quote(context.text, span)} is ${hit.entry.reason}; school posts must not contain wording that could be construed as offensive.`,
          suggestion:
            'Remove the word, even in disguised form; say what you mean in school-friendly language.',
          span,
        });
      });
  },
};
