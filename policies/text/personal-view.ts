import type { Finding } from '../types.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { PERSONAL_VIEW } from './lexicons/personal-view.ts';
import type { TextRule } from './rule.ts';
import { findingOf, quote } from './rule.ts';
import { overlapsAny, sentenceSpans } from './sentences.ts';

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

const byLexicon = lexiconRule({
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

/** "I", "I'm", "my", "me": the author speaking for themselves; the school writes as "we". */
const FIRST_PERSON =
  /(?<![\p{L}\p{N}'’])(?:I(?:['’](?:m|ve|ll|d))?|[Mm]y|[Mm]e|[Mm]yself)(?![\p{L}\p{N}'’])/gu;
/** "Henry I", "World War I", "Key Stage I": a numeral, not the author. */
const NUMERAL_BEFORE =
  /\b(?:War|King|Queen|Charles|Elizabeth|James|Henry|George|Edward|William|Richard|Mary|Part|Book|Act|Chapter|Phase|Stage|Type|Level|Grade|Volume)\s$/;
/** A short single-quoted title ("'Still I Rise'") holds someone else's words. */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘][^'‘’\n]{1,60}['’](?![\p{L}\p{N}])/gu;

/**
 * "A message from our Headteacher:", "Mrs Shah writes:", "– Mr Ellis, Head of PE": a signed message
 * is that person speaking on the school's behalf, so "I" there is no lapse of voice.
 */
const SIGNED =
  /\bmessage from\b|\bletter from\b|\b(?:writes|says|said|adds):|^from (?:the|our) (?:head|principal|chair)|[-–—] (?:Mr|Mrs|Miss|Ms|Dr)\.? \p{Lu}[\p{L}'-]+(?:,[^\n]{0,40})?\s*$/imu;

function firstPersonSpans(text: string): [number, number][] {
  const titles = [...text.matchAll(SINGLE_QUOTED)].map((m): [number, number] => [
    m.index,
    m.index + m[0].length,
  ]);
  const spans: [number, number][] = [];
  for (const m of text.matchAll(FIRST_PERSON)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('I') && NUMERAL_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (quotedSpeech(text, m.index, end) || overlapsAny(titles, m.index, end)) continue;
    spans.push([m.index, end]);
  }
  return spans;
}

export const personalView: TextRule = {
  ...byLexicon,
  check(context): Finding[] {
    const found = byLexicon.check(context);
    // Most posts have no "I", "my" or "me" at all; a cheap test spares them the scan.
    if (!/\bI\b|\bI['’]|\bm[ey]/i.test(context.text) || SIGNED.test(context.text)) return found;
    const sentences = sentenceSpans(context.text);
    for (const span of firstPersonSpans(context.text)) {
      const sentence = sentences.find(([s, e]) => s <= span[0] && span[1] <= e) ?? span;
      if (
        overlapsAny(
          found.map((f) => f.span ?? [0, 0]),
          sentence[0],
          sentence[1],
        )
      )
        continue;
      found.push(
        findingOf(byLexicon, {
          message: `${quote(context.text, span)} is the author speaking for themselves, not the school's neutral voice.`,
          suggestion:
            'Write as the school ("we"), and keep to facts and celebrations rather than personal feelings.',
          span,
        }),
      );
    }
    return found;
  },
};
