import type { Finding } from '../types.ts';
import { compileLexicon } from './lexicon.ts';
import { INSENSITIVE } from './lexicons/insensitive.ts';
import { findProfanity } from './profanity.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';

const match = compileLexicon(INSENSITIVE);

const identity = {
  id: 'text.insensitive',
  category: 'insensitive',
  severity: 'warn',
  clause: '§3',
} as const;

export const insensitive: TextRule = {
  ...identity,
  description:
    'Mocking or non-neutral treatment of bereavement, illness, disability, religion, poverty or appearance',
  check(context): Finding[] {
    const slurs = findProfanity(context.text, context.folded).filter((h) => h.kind === 'slur');
    return [...match(context.text, context.folded), ...slurs].map((hit) => {
      const span: [number, number] = [hit.start, hit.end];
      return findingOf(identity, {
        message: `${quote(context.text, span)}: ${hit.entry.reason}. Sensitive matters need neutral, kind wording.`,
        suggestion:
          'Rewrite neutrally and kindly, without jokes, and never single out a family or child in public.',
        span,
      });
    });
  },
};
