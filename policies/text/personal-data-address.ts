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
/** "Right now", "currently", a pin: said of named children, the words that follow say where. */
const NOW = /📍|\b(?:currently|right now|at the moment|as we speak|live from)\b/gu;
const WAITING = /^ (?:queuing|waiting)\b/;
/** A place after the time marker: "outside the Co-op", "at Roundhay Park", "by the bus stop". */
const PLACE =
  /\b(?:outside|opposite|near|behind|inside|next to|at|on|in|by)\s+(?:the\s+)?(?:(?!(?:Year|Reception|Nursery|Class|Key)\b)\p{Lu}[\p{L}'’-]+|park|shops?|station|gates|corner|beach|library|market|cent(?:re|er)|bus stop|high street)/u;

function liveWhereabouts(text: string, folded: string): [number, number][] {
  const spans: [number, number][] = [];
  NOW.lastIndex = 0;
  for (let m = NOW.exec(folded); m; m = NOW.exec(folded)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end, end + 80).split(/[.!?\n]/)[0]!;
    // "…at Granby Park right now": the place may come just before the time word too.
    const lead = text
      .slice(Math.max(0, m.index - 60), m.index)
      .split(/[.!?\n]/)
      .pop()!;
    if (m[0] === '📍' || WAITING.test(folded.slice(end, end + 12)) || PLACE.test(rest) || PLACE.test(lead)) {
      spans.push([m.index, end + rest.length]);
    }
  }
  return spans;
}

/** "Holly Bank Primary, 12 Bank Road", "find us at 4 Mill Lane": an organisation's address. */
const INSTITUTION =
  /\b(?:school|primary|academy|college|nursery|infants?|juniors?|office|centre|center|library|church|hall|club|venue|surgery|find us|visit us|our address)\b[^.!?\n]{0,30}$/i;

function institutionBefore(text: string, start: number): boolean {
  return INSTITUTION.test(text.slice(Math.max(0, start - 60), start));
}

/** exec over the shared global pattern: matchAll would clone (and recompile) it on every call. */
function spansOf(text: string, pattern: RegExp): [number, number][] {
  const spans: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A module function, not a closure per check: closures are re-made on every post. */
function addFinding(
  findings: Finding[],
  text: string,
  span: [number, number],
  what: string,
  suggestion: string,
) {
  findings.push(findingOf(identity, { message: `${quote(text, span)} ${what}`, suggestion, span }));
}

export const personalAddress: TextRule = {
  ...identity,
  description: "Home addresses, full postcodes and a named child's live location",
  check({ text, folded, names }): Finding[] {
    const findings: Finding[] = [];
    // House numbers and postcodes need a digit, "lives at" its verb: most posts skip the scans.
    const digits = DIGIT.test(text);
    const addresses = digits ? spansOf(text, HOUSE_ADDRESS) : [];
    const organisations = addresses.filter(([start]) => institutionBefore(text, start));
    const home = [
      ...addresses.filter((span) => !organisations.includes(span)),
      ...(LIVING.test(folded) ? spansOf(text, LIVES_AT) : []),
    ];
    for (const span of home)
      addFinding(
        findings,
        text,
        span,
        'is a home address, which is personal data.',
        'Remove the address; give details privately or ask families to contact the office.',
      );
    for (const span of digits ? spansOf(text, POSTCODE) : []) {
      if (home.some(([s, e]) => s <= span[0] && span[1] <= e)) continue;
      // "Oakfield Primary, 22 Station Road, Oakfield BS16 2AA": the postcode of the address before it.
      if (
        organisations.some(([, e]) => e <= span[0] && span[0] - e <= 40) ||
        institutionBefore(text, span[0])
      )
        continue;
      addFinding(
        findings,
        text,
        span,
        'is a full postcode, which can identify a home.',
        'Remove the postcode; the area or town is enough.',
      );
    }
    if (names.full.length + names.first.length > 0) {
      for (const span of liveWhereabouts(text, folded)) {
        addFinding(
          findings,
          text,
          span,
          'tells strangers where named children are right now.',
          'Post about trips after the event, or without saying where named children are.',
        );
      }
    }
    return findings;
  },
};
