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

const SWEARING = compileLexicon([...familyEntries(PROFANITY), ...PROFANITY_SHORTHAND, ...PROFANITY_EMOJI]);
const SLUR = compileLexicon([...familyEntries(SLURS), ...SLUR_FRAMES]);

export type ProfanityHit = LexiconHit & { kind: 'swearing' | 'slur' };

export function findProfanity(text: string, folded: string): ProfanityHit[] {
  const slurs = SLUR(text, folded).map((h) => ({ ...h, kind: 'slur' as const }));
  const swearing = SWEARING(text, folded)
    .filter((h) => !slurs.some((s) => s.start < h.end && h.start < s.end))
    .map((h) => ({ ...h, kind: 'swearing' as const }));
  return [...slurs, ...swearing].sort((a, b) => a.start - b.start);
}
