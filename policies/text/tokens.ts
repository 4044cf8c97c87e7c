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

const WORD = /#?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*(?:['’]s?)?/gu;

export function tokenise(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let raw = match[0];
    const hashtag = raw.startsWith('#');
    const wordStart = hashtag ? start + 1 : start;
    if (hashtag) raw = raw.slice(1);
    const possessive = /['’]s?$/i.test(raw) && raw.length > 2;
    const bare = possessive ? raw.replace(/['’]s?$/i, '') : raw;
    const gapBefore = text.slice(previousEnd, start);
    const first = bare.charAt(0);
    const letters = bare.replace(/[^\p{L}]/gu, '');
    tokens.push({
      key: folded.slice(wordStart, wordStart + bare.length),
      raw: bare,
      start: wordStart,
      end: start + match[0].length,
      nameEnd: wordStart + bare.length,
      possessive,
      capitalised: first !== first.toLowerCase(),
      allCaps: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      hashtag,
      sentenceStart:
        tokens.length === 0 || /[.!?:;\n•–-]\s*$|[\p{Extended_Pictographic}]\s*$/u.test(gapBefore),
      gapBefore,
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** Whether the writer uses capitals at all; in an all-lower-case text "ollie hunt" is still a name. */
export function usesCapitals(tokens: Token[]): boolean {
  return tokens.some((t) => t.capitalised && !t.hashtag);
}

/** Whether the writer is shouting: then capitals prove nothing about names either. */
export function mostlyShouting(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !t.hashtag && /\p{L}{2,}/u.test(t.raw));
  return words.length > 3 && words.filter((t) => t.allCaps).length / words.length > 0.6;
}
