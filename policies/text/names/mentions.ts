// Where a post names pupils from the school's roster, at full-name or first-name level.
import type { RosterPupil } from '../../types.ts';
import type { Token } from '../tokens.ts';
import { mostlyShouting, usesCapitals } from '../tokens.ts';
import { findFirstNames } from './first-names.ts';
import { findFullNames } from './full-names.ts';
import type { RosterIndex } from './roster-index.ts';

export interface Mention {
  /** UTF-16 offsets of exactly the name as written. */
  span: [number, number];
  /** Every roster pupil the words could be (several pupils can share a name). */
  pupils: RosterPupil[];
  form: 'forward' | 'reverse' | 'initial' | 'hashtag' | 'coordinated' | 'given' | 'given-initial';
  level: 'full' | 'first';
}

export interface NameMentions {
  full: Mention[];
  first: Mention[];
}

export function findNameMentions(
  text: string,
  folded: string,
  tokens: Token[],
  index: RosterIndex,
): NameMentions {
  const casing = { lowerCaseText: !usesCapitals(tokens), shouting: mostlyShouting(tokens) };
  const full = findFullNames(text, tokens, casing, index);
  const first = findFirstNames(text, folded, tokens, casing, index, full);
  return { full: full.found.sort((a, b) => a.span[0] - b.span[0]), first };
}
