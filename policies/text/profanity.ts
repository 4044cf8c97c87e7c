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

/** Word-like runs (letters, digits, mask characters) and spaced-out letters ("f u c k"). */
const CANDIDATE = /(?:(?<![\p{L}\p{N}])\p{L}[ .]){2,}\p{L}(?![\p{L}\p{N}])|[\p{L}\p{N}*@#$!%?_+|]+/gu;

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
const PLAIN_WORD = /^\p{L}+$/u;

function scanCandidates(text: string, folded: string): ProfanityHit[] {
  const hits: ProfanityHit[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(folded); m; m = CANDIDATE.exec(folded)) {
    const word = m[0];
    if (word.length < 3) continue;
    if (PLAIN_WORD.test(word)) {
      const plain = PLAIN.get(word);
      if (plain) hits.push({ start: m.index, end: m.index + word.length, ...plain });
      continue;
    }
    const raw = text.slice(m.index, m.index + word.length);
    for (const [match, kind] of [
      [SLUR, 'slur'],
      [SWEARING, 'swearing'],
    ] as const) {
      const found = match(raw, word);
      for (const h of found) hits.push({ ...h, start: h.start + m.index, end: h.end + m.index, kind });
      if (found.length > 0) break;
    }
  }
  return hits;
}

export function findProfanity(text: string, folded: string): ProfanityHit[] {
  const phrases = PHRASES(text, folded).map((h) => ({
    ...h,
    kind: SLUR_REASONS.has(h.entry.reason) ? ('slur' as const) : ('swearing' as const),
  }));
  const words = scanCandidates(text, folded).filter(
    (h) => !phrases.some((p) => p.start < h.end && h.start < p.end),
  );
  return [...phrases, ...words].sort((a, b) => a.start - b.start);
}
