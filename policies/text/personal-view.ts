import { lexiconRule } from './lexicon-rule.ts';
import { PERSONAL_VIEW } from './lexicons/personal-view.ts';

export const personalView = lexiconRule({
  id: 'text.personal-view',
  category: 'personal_view',
  severity: 'warn',
  clause: '§3',
  description: 'Personal opinions, sarcasm and rants instead of the neutral school voice',
  entries: PERSONAL_VIEW,
  message: (words, reason) => `${words} reads as ${reason}, not the school's neutral voice.`,
  suggestion:
    'Write as the school ("we"), stick to facts and celebrations, and leave out personal opinions and sarcasm.',
});
