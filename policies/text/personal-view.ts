import { lexiconRule } from './lexicon-rule.ts';
import { PERSONAL_VIEW } from './lexicons/personal-view.ts';

/**
 * Inside double quotation marks the words are someone else's ("“I think it's the best day ever!”
 * said one Year 2 pupil"), not the author's. Single quotes are left to the lexicon: they are scare
 * quotes as often as speech.
 */
function quotedSpeech(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const open = before.lastIndexOf('“');
  if (open >= 0 && before.indexOf('”', open) < 0 && text.indexOf('”', end) >= 0) return true;
  const straight = before.split('"').length - 1;
  return straight % 2 === 1 && text.indexOf('"', end) >= 0;
}

export const personalView = lexiconRule({
  id: 'text.personal-view',
  category: 'personal_view',
  severity: 'warn',
  clause: '§3',
  description: 'Personal opinions, sarcasm and rants instead of the neutral school voice',
  entries: PERSONAL_VIEW,
  keep: (hit, { text }) => !quotedSpeech(text, hit.start, hit.end),
  message: (words, reason) => `${words} reads as ${reason}, not the school's neutral voice.`,
  suggestion:
    'Write as the school ("we"), stick to facts and celebrations, and leave out personal opinions and sarcasm.',
});
