import { lexiconRule } from './lexicon-rule.ts';
import { CIVIC_LESSON, PARTY_NAMED, POLITICAL } from './lexicons/political.ts';

export const political = lexiconRule({
  id: 'text.political',
  category: 'political',
  severity: 'block',
  clause: '§3',
  description: 'Political opinions, party names, campaigning, and taking sides in political debate',
  entries: POLITICAL,
  keep: (hit, { folded }) => hit.entry !== PARTY_NAMED || !CIVIC_LESSON.test(folded),
  message: (words, reason) => `${words} ${reason}. School accounts must not take a side in political debate.`,
  suggestion:
    'Report the facts neutrally (what happened, what it means for families) without backing a party, campaign or side.',
});
