import type { Finding } from '../types.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { CIVIC_LESSON, PARTY_NAMED, POLITICAL, POLITICAL_SUBJECT, VERDICT } from './lexicons/political.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';
import { overlapsAny, sentenceSpans } from './sentences.ts';

const byLexicon = lexiconRule({
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

/**
 * No list of phrasings can hold every way a writer takes a side; a political subject and a verdict
 * on it in the same sentence ("the council's decision to axe school transport… Shameful") can.
 */
export const political: TextRule = {
  ...byLexicon,
  check(context): Finding[] {
    const found = byLexicon.check(context);
    const taken = found.map((f): [number, number] => f.span ?? [0, 0]);
    for (const [start, end] of sentenceSpans(context.folded)) {
      const sentence = context.folded.slice(start, end);
      if (overlapsAny(taken, start, end) || !POLITICAL_SUBJECT.test(sentence) || !VERDICT.test(sentence))
        continue;
      const span: [number, number] = [start + (sentence.length - sentence.trimStart().length), end];
      found.push(
        findingOf(byLexicon, {
          message: `${quote(context.text, span)} passes a verdict on a political subject. School accounts must not take a side in political debate.`,
          suggestion:
            'Report the facts neutrally (what happened, what it means for families) without judging the government, council or policy.',
          span,
        }),
      );
    }
    return found;
  },
};
