// Words of a post with where they sit: the pupil-name and context rules read these, not raw text.

export interface Token {
  /** Folded form without a trailing possessive ("Cook's" → "cook"). */
  key: string;
  raw: string;
  start: number;
  end: number;
  /** End of the word without its possessive "'s". */
  nameEnd: number;
  possessive: boolean;
  capitalised: boolean;
  allCaps: boolean;
  hashtag: boolean;
  /** First word of a sentence or line, where capitals prove nothing. */
  sentenceStart: boolean;
  /** Text between the previous token and this one. */
  gapBefore: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const SPACE = /\s/;
const TWO_LETTERS = /\p{L}{2}/u;
const SENTENCE_MARKS = '.!?:;\n•–-';

/** `/\s/` for one UTF-16 unit, without a regular-expression call for the usual ASCII spaces. */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(ch);
}

/** Length of the letter or digit at i (0 if none): 2 for a character beyond the BMP. */
function wordUnitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (i >= text.length) return 0;
  // Latin letters with accents ("é", "ł"), apart from × and ÷, need no look-up.
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? 0 : 1;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER_OR_DIGIT.test(ch) ? ch.length : 0;
}

const isApostrophe = (ch: string | undefined) => ch === "'" || ch === '’';

/** End of a word from i: letters and digits, joined by apostrophes or hyphens ("O'Connor", "Smith-Jones"). */
function wordEnd(text: string, i: number): number {
  let at = i;
  for (;;) {
    for (let n = wordUnitAt(text, at); n > 0; n = wordUnitAt(text, at)) at += n;
    const joiner = text[at];
    if ((isApostrophe(joiner) || joiner === '-') && wordUnitAt(text, at + 1) > 0) at++;
    else break;
  }
  // A trailing possessive apostrophe ("the Jameses'") belongs to the word too.
  if (isApostrophe(text[at])) at += text[at + 1] === 's' || text[at + 1] === 'S' ? 2 : 1;
  return at;
}

/** A new sentence or line starts after this gap: a full stop, colon, bullet, dash, emoji or line break. */
function endsSentence(gap: string): boolean {
  let i = gap.length - 1;
  while (i >= 0 && (gap[i] === '\uFE0F' || isSpace(gap[i]!))) {
    if (gap[i] === '\n') return true;
    i--;
  }
  if (i < 0) return false;
  if (SENTENCE_MARKS.includes(gap[i]!)) return true;
  const code = gap.charCodeAt(i);
  if (code < 0xa9) return false;
  const from = code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
  return PICTOGRAPH.test(String.fromCodePoint(gap.codePointAt(from)!));
}

/** Upper-case first letter; all letters capitals (two or more of them). */
function letterCase(bare: string): [capitalised: boolean, allCaps: boolean] {
  const first = bare.charAt(0);
  let letters = 0;
  let lower = false;
  let upper = false;
  for (let i = 0; i < bare.length; i++) {
    const code = bare.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      letters++;
      lower = true;
    } else if (code >= 65 && code <= 90) {
      letters++;
      upper = true;
    } else if (code >= 128 && LETTER.test(bare[i]!)) {
      letters++;
      if (bare[i] !== bare[i]!.toUpperCase()) lower = true;
      else if (bare[i] !== bare[i]!.toLowerCase()) upper = true;
    }
  }
  return [first !== first.toLowerCase(), letters > 1 && upper && !lower];
}

export function tokenise(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (let i = 0; i < text.length; ) {
    const hashtag = text[i] === '#' && wordUnitAt(text, i + 1) > 0;
    const wordStart = hashtag ? i + 1 : i;
    if (!hashtag && wordUnitAt(text, i) === 0) {
      i++;
      continue;
    }
    const end = wordEnd(text, wordStart);
    const raw = text.slice(wordStart, end);
    const last = raw[raw.length - 1];
    const possessive =
      raw.length > 2 &&
      (isApostrophe(last) || ((last === 's' || last === 'S') && isApostrophe(raw[raw.length - 2])));
    const bare = possessive ? raw.slice(0, isApostrophe(last) ? -1 : -2) : raw;
    const gapBefore = text.slice(previousEnd, i);
    const [capitalised, allCaps] = letterCase(bare);
    tokens.push({
      key: folded.slice(wordStart, wordStart + bare.length),
      raw: bare,
      start: wordStart,
      end,
      nameEnd: wordStart + bare.length,
      possessive,
      capitalised,
      allCaps,
      hashtag,
      sentenceStart: tokens.length === 0 || endsSentence(gapBefore),
      gapBefore,
    });
    previousEnd = end;
    i = end;
  }
  return tokens;
}

/** Whether the writer uses capitals at all; in an all-lower-case text "ollie hunt" is still a name. */
export function usesCapitals(tokens: Token[]): boolean {
  return tokens.some((t) => t.capitalised && !t.hashtag);
}

/** `/\p{L}{2}/u`, answered without a regular-expression call when the word is plain ASCII. */
function twoLettersInARow(word: string): boolean {
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return TWO_LETTERS.test(word);
    run = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? run + 1 : 0;
    if (run === 2) return true;
  }
  return false;
}

/** Whether the writer is shouting: then capitals prove nothing about names either. */
export function mostlyShouting(tokens: Token[]): boolean {
  let words = 0;
  let shouted = 0;
  for (const t of tokens) {
    if (t.hashtag || !twoLettersInARow(t.raw)) continue;
    words++;
    if (t.allCaps) shouted++;
  }
  return words > 3 && shouted / words > 0.6;
}
