// Home addresses, postcodes and a child's live whereabouts: enough to find someone's door.
import type { Finding } from '../types.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';

const identity = {
  id: 'text.personal-data.address',
  category: 'personal_data',
  severity: 'block',
  clause: '§7',
} as const;

const STREET =
  'Road|Rd|Street|St|Avenue|Ave|Close|Drive|Dr|Grove|Lane|Way|Crescent|Court|Place|Gardens|Terrace|Walk|Rise|Mews|View|Row|Square|Green|Fold|Croft|Mount|Vale|Parade|Hill';
const HOUSE_ADDRESS = new RegExp(`\\b\\d{1,4}[a-zA-Z]?,? (?:[A-Z][\\p{L}'’-]+ ){1,3}(?:${STREET})\\b`, 'gu');
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const LIVES_AT = new RegExp(
  `\\b(?:lives?|living|staying) (?:at|on|in|above|next door to|opposite)\\b[^.!?\\n]{0,40}?(?:${STREET})\\b`,
  'giu',
);
const DIGIT = /\d/;
const LIVING = /liv|stay/;
const LIVE_WHEREABOUTS =
  /(?:📍|\b(?:currently|right now|at the moment) (?:queuing|waiting|at|in|by|on)\b)[^.!?\n]{0,80}/gu;

/** exec over the shared global pattern: matchAll would clone (and recompile) it on every call. */
function spansOf(text: string, pattern: RegExp): [number, number][] {
  const spans: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export const personalAddress: TextRule = {
  ...identity,
  description: "Home addresses, full postcodes and a named child's live location",
  check({ text, folded, names }): Finding[] {
    const findings: Finding[] = [];
    const add = (span: [number, number], what: string, suggestion: string) =>
      findings.push(findingOf(identity, { message: `${quote(text, span)} ${what}`, suggestion, span }));
    // House numbers and postcodes need a digit, "lives at" its verb: most posts skip the scans.
    const digits = DIGIT.test(text);
    const home = [
      ...(digits ? spansOf(text, HOUSE_ADDRESS) : []),
      ...(LIVING.test(folded) ? spansOf(text, LIVES_AT) : []),
    ];
    for (const span of home)
      add(
        span,
        'is a home address, which is personal data.',
        'Remove the address; give details privately or ask families to contact the office.',
      );
    for (const span of digits ? spansOf(text, POSTCODE) : []) {
      if (home.some(([s, e]) => s <= span[0] && span[1] <= e)) continue;
      add(
        span,
        'is a full postcode, which can identify a home.',
        'Remove the postcode; the area or town is enough.',
      );
    }
    if (names.full.length + names.first.length > 0) {
      for (const span of spansOf(text, LIVE_WHEREABOUTS)) {
        add(
          span,
          'tells strangers where named children are right now.',
          'Post about trips after the event, or without saying where named children are.',
        );
      }
    }
    return findings;
  },
};
