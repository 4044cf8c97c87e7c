// One scan for swearing and slurs in every disguise, shared by post checks and reply moderation.
import type { LexiconEntry, LexiconHit } from './lexicon.ts';
import { compileLexicon } from './lexicon.ts';
import type { ProfanityFamily } from './lexicons/profanity.ts';
import { PROFANITY, PROFANITY_EMOJI, PROFANITY_SHORTHAND } from './lexicons/profanity.ts';
import { SLUR_FRAMES, SLURS } from './lexicons/slurs.ts';

const MASK = '*@#$!%?_';
const LEET: Record<string, string> = {
  a: '@4',
  e: '3',
  i: '1!|',
  o: '0',
  s: '$5z',
  t: '7+',
  u: 'v',
  g: '9',
  l: '1|',
};

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
const MASKED = `[${escapeClass(MASK)}]`;

function letterClass(letter: string, masks = MASK): string {
  return `[${escapeClass(`${letter}${LEET[letter] ?? ''}${masks}`)}]`;
}

/**
 * "fuck" → f, then each letter or its mask/leet stand-in, then an ending; also "f u c k". The first
 * letter may be leet ("@rse") but not a bare mask, so "****" alone is not read as anything. A
 * masked-only family must contain a stand-in somewhere, which a lookahead over the word checks.
 */
function familyPattern(family: ProfanityFamily): string {
  const [first = '', ...rest] = [...family.word];
  const head = letterClass(first, '');
  const disguised = `${head}${rest.map((l) => letterClass(l)).join('')}(?:${family.endings || '(?!)'})?(?!${MASKED})`;
  const spaced = [...family.word].join('[ .]');
  if (!family.maskedOnly) return `${disguised}|${spaced}`;
  return `(?=[\\p{L}${escapeClass(MASK)}0-9]*${MASKED.slice(0, -1)}0-9])${disguised}`;
}

function familyEntries(families: ProfanityFamily[]): LexiconEntry[] {
  return families.map((f) => ({ pattern: familyPattern(f), reason: f.reason }));
}

const SWEARING = compileLexicon(familyEntries(PROFANITY));
const SLUR = compileLexicon(familyEntries(SLURS));
const PHRASES = compileLexicon([...PROFANITY_SHORTHAND, ...PROFANITY_EMOJI, ...SLUR_FRAMES]);
const SLUR_REASONS = new Set(SLUR_FRAMES.map((f) => f.reason));

export type ProfanityHit = LexiconHit & { kind: 'swearing' | 'slur' };

/** Plain spellings ("fucking", "retards") are looked up; only disguised runs need the patterns. */
const PLAIN = new Map<string, { entry: LexiconEntry; kind: ProfanityHit['kind'] }>();
for (const [families, kind] of [
  [PROFANITY, 'swearing'],
  [SLURS, 'slur'],
] as const) {
  for (const f of families) {
    if (f.maskedOnly) continue;
    const entry = { pattern: f.word, reason: f.reason };
    for (const ending of ['', ...f.endings.split('|')]) PLAIN.set(f.word + ending, { entry, kind });
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MASK_CODES = new Set([...`${MASK}+|`].map((c) => c.charCodeAt(0)));

/** 0: not part of a word; 1: a letter; 2: a digit or mask character ("sh1t", "f*ck"). */
function unitKind(folded: string, i: number): 0 | 1 | 2 {
  const code = folded.charCodeAt(i);
  if (code >= 97 && code <= 122) return 1;
  if (code < 128) return (code >= 48 && code <= 57) || MASK_CODES.has(code) ? 2 : 0;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  const ch = String.fromCodePoint(folded.codePointAt(i)!);
  return LETTER_OR_DIGIT.test(ch) ? (/\p{L}/u.test(ch) ? 1 : 2) : 0;
}

interface Run {
  start: number;
  end: number;
  plain: boolean;
}

/**
 * Word-like runs of letters, digits and mask characters, and spaced-out single letters
 * ("f u c k", "s.h.i.t"): plain words go to the look-up, disguised ones to the patterns.
 */
function candidateRuns(folded: string): Run[] {
  const runs: Run[] = [];
  // A spaced-out run in the making; kept in one object, not a closure, as this runs for every post.
  const spaced: Run & { count: number } = { start: -1, end: -1, plain: false, count: 0 };
  for (let i = 0; i < folded.length; ) {
    const kind = unitKind(folded, i);
    if (kind === 0) {
      i++;
      continue;
    }
    const start = i;
    let plain = true;
    let onlyDigits = true;
    for (let k: 0 | 1 | 2 = kind; k !== 0; k = i < folded.length ? unitKind(folded, i) : 0) {
      if (k === 2) plain = false;
      const code = folded.charCodeAt(i);
      if (code < 48 || code > 57) onlyDigits = false;
      i += folded.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    const single = i - start === 1 && plain;
    const gap = folded.charCodeAt(spaced.end);
    if (single && spaced.count > 0 && start === spaced.end + 1 && (gap === 32 || gap === 46)) {
      spaced.count++;
      spaced.end = i;
    } else {
      closeSpaced(runs, spaced);
      if (single) [spaced.start, spaced.count, spaced.end] = [start, 1, i];
    }
    // Numbers ("2024", "07700") spell nothing, even in leet.
    if (i - start >= 3 && !onlyDigits) runs.push({ start, end: i, plain });
  }
  closeSpaced(runs, spaced);
  return runs;
}

/** Ends a spaced-out run: three letters or more ("f u c k") are worth a look. */
function closeSpaced(runs: Run[], spaced: Run & { count: number }): void {
  if (spaced.count >= 3) runs.push({ start: spaced.start, end: spaced.end, plain: false });
  spaced.count = 0;
}

function scanCandidates(text: string, folded: string): ProfanityHit[] {
  const hits: ProfanityHit[] = [];
  for (const { start, end, plain } of candidateRuns(folded)) {
    const word = folded.slice(start, end);
    if (plain) {
      const found = PLAIN.get(word);
      if (found) hits.push({ start, end, ...found });
      continue;
    }
    const raw = text.slice(start, end);
    for (const [match, kind] of [
      [SLUR, 'slur'],
      [SWEARING, 'swearing'],
    ] as const) {
      const found = match(raw, word);
      for (const h of found) hits.push({ ...h, start: h.start + start, end: h.end + start, kind });
      if (found.length > 0) break;
    }
  }
  return hits;
}

let last: { text: string; hits: ProfanityHit[] } | undefined;

/** Swearing and slurs in a post; offensive and insensitive both ask, so the last answer is kept. */
export function findProfanity(text: string, folded: string): ProfanityHit[] {
  if (last?.text === text) return last.hits;
  const phrases = PHRASES(text, folded).map((h) => ({
    ...h,
    kind: SLUR_REASONS.has(h.entry.reason) ? ('slur' as const) : ('swearing' as const),
  }));
  const words = scanCandidates(text, folded).filter(
    (h) => !phrases.some((p) => p.start < h.end && h.start < p.end),
  );
  const hits = [...phrases, ...words].sort((a, b) => a.start - b.start);
  last = { text, hits };
  return hits;
}
