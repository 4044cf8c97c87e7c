import type { Finding } from '../types.ts';
import type { LexiconHit } from './lexicon.ts';
import { compileLexicon } from './lexicon.ts';
import { INSENSITIVE, LAUGHING, SENSITIVE_SUBJECT } from './lexicons/insensitive.ts';
import { findProfanity } from './profanity.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';
import { overlapsAny } from './sentences.ts';

const match = compileLexicon(INSENSITIVE);

const LAUGHED_AT = { pattern: '', reason: 'laughs at a sensitive matter' };
/** How far back a laugh reaches: the sentence or two that it closes. */
const LAUGH_REACH = 160;
const PRAISE =
  /\b(?:legends?|heroe?s?|superstars?|thank(?:s| you)|well done|amazing|brilliant|fantastic|incredible|so proud)\b/;
/** Praise just after the laugh still reads as praise ("😂 legend!"). */
const PRAISE_AFTER = 24;

/** "…the dads who realised they have to pay for uniform now 😂": a sensitive subject, then a laugh. */
function laughedAt(folded: string, taken: LexiconHit[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  LAUGHING.lastIndex = 0;
  for (let m = LAUGHING.exec(folded); m; m = LAUGHING.exec(folded)) {
    const from = Math.max(0, m.index - LAUGH_REACH);
    const subject = SENSITIVE_SUBJECT.exec(folded.slice(from, m.index));
    // A laugh that cheers someone on ("the mum who baked 300 cakes 😂 legend!") is not mockery.
    if (!subject || PRAISE.test(folded.slice(from + subject.index, m.index + m[0].length + PRAISE_AFTER)))
      continue;
    const hit = { start: from + subject.index, end: m.index + m[0].length, entry: LAUGHED_AT };
    if (
      !overlapsAny(
        [...taken, ...hits].map((h) => [h.start, h.end] as const),
        hit.start,
        hit.end,
      )
    )
      hits.push(hit);
  }
  return hits;
}

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
    const found = [...match(context.text, context.folded), ...slurs];
    const laughs = laughedAt(context.folded, found);
    return [...found, ...laughs].map((hit) => {
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
