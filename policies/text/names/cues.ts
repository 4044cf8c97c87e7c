// Reading the words around a candidate name: is it written like a name, and is it someone else?
import {
  ADULT_TITLES,
  ARTICLES,
  BUSINESS_OR_PLACE_AFTER_POSSESSIVE,
  NON_PUPIL_INTRODUCERS,
  SCHOOL_WORDS_AFTER_NAME,
} from '../lexicons/name-context.ts';
import { NAME_WORDS } from '../lexicons/name-words.ts';
import type { Token } from '../tokens.ts';

export interface Casing {
  /** The writer uses no capitals, so lower case proves nothing ("shout out to ollie hunt"). */
  lowerCaseText: boolean;
  /** The writer is shouting, so capitals prove nothing either. */
  shouting: boolean;
}

const SPACES = /^[ \t\u00a0]+$/;
const SPACES_OR_ONE_BREAK = /^[ \t\u00a0]*\n?[ \t\u00a0]*$/;

export const isSpaces = (gap: string) => SPACES.test(gap);
export const isWordGap = (gap: string) => gap.length > 0 && SPACES_OR_ONE_BREAK.test(gap);

/** Written the way names are written in this text: capitalised, unless the text has no capitals. */
export function nameCased(token: Token, casing: Casing): boolean {
  return casing.lowerCaseText || casing.shouting || token.capitalised;
}

/** A social handle or web address fragment ("@Keir_Starmer"), not prose. */
export function inHandle(token: Token): boolean {
  const gap = token.gapBefore;
  const last = gap[gap.length - 1];
  return last === '@' || last === '_' || last === '/' || (last === '.' && !/\s/.test(gap));
}

/** "Mr Brown", "Rev. Hope", "St Faith's", "dog Bella", "the Rose Garden": not a pupil. */
export function introducedAsNonPupil(tokens: Token[], i: number): boolean {
  const at = tokens[i];
  const previous = tokens[i - 1];
  if (!at || !previous || !/^\.?[ \t\u00a0]+$/.test(at.gapBefore)) return false;
  if (ADULT_TITLES.has(previous.key)) return true;
  if (!isSpaces(at.gapBefore)) return false;
  if (NON_PUPIL_INTRODUCERS.has(previous.key)) return true;
  // "of" makes a place only after a capitalised word ("Isle of Skye"), not "proud of Eloise Rich".
  const ofPlace = previous.key !== 'of' || !!tokens[i - 2]?.capitalised;
  return ARTICLES.has(previous.key) && !previous.capitalised && ofPlace;
}

/**
 * "Priya's Diwali lamp", "Sasha's Russian accent": a name that is no everyday word, owning one
 * capitalised word that is no business or place ("Hunter's Bakery", "Gold's Gym") and starts no
 * longer title ("Morpurgo's War Horse"), is the child's own.
 */
function ownedByPupil(tokens: Token[], i: number): boolean {
  const owner = tokens[i]!;
  const owned = tokens[i + 1]!;
  const then = tokens[i + 2];
  if (NAME_WORDS.has(owner.key) || BUSINESS_OR_PLACE_AFTER_POSSESSIVE.has(owned.key)) return false;
  if (!then?.capitalised) return true;
  return then.sentenceStart || !isSpaces(then.gapBefore);
}

/**
 * The name runs on into a longer proper noun ("Summer Field Day", "Grace Darling", "Rose Garden",
 * "Hunter's Bakery"): a capitalised word follows on the same line, not a new sentence.
 */
export function runsIntoProperNoun(tokens: Token[], i: number, casing: Casing): boolean {
  const next = tokens[i + 1];
  if (!next || casing.shouting || casing.lowerCaseText) return false;
  if (!isSpaces(next.gapBefore) || next.sentenceStart || !next.capitalised || next.hashtag) return false;
  if (SCHOOL_WORDS_AFTER_NAME.has(next.key)) return false;
  // "Lily-Mae's EHCP", "Kai's SATs": a possessive before an acronym is the child's, not a title.
  if (tokens[i]?.possessive && next.allCaps) return false;
  if (tokens[i]?.possessive && ownedByPupil(tokens, i)) return false;
  return !/^\p{Lu}\.?$/u.test(next.raw);
}

/** A single capital letter used as an initial ("R. Hill", "Jade T."). */
export function isInitial(token: Token | undefined): token is Token {
  return !!token && token.raw.length === 1 && /\p{Lu}/u.test(token.raw) && !token.hashtag;
}
