// First-name mentions (warning level). A roster first name alone is often an everyday word
// ("Will you join us", "May half term") or someone else ("Grace Darling", "Rev. Hope"); these
// cues decide whether it reads as a pupil.
import { NON_PUPIL_APPOSITION, SCHOOL_WORDS_AFTER_NAME } from '../lexicons/name-context.ts';
import { NAME_WORDS, VALUE_WORDS } from '../lexicons/name-words.ts';
import type { Token } from '../tokens.ts';
import type { Casing } from './cues.ts';
import {
  inHandle,
  introducedAsNonPupil,
  isInitial,
  isSpaces,
  nameCased,
  runsIntoProperNoun,
} from './cues.ts';
import type { Mention } from './mentions.ts';
import type { RosterIndex } from './roster-index.ts';

/** Phrases that announce a pupil in school posts: praise, thanks, a year group beside the name. */
const PUPIL_CUES =
  /well done|congratulations|congrats|thank(?:s| you)|birthday|star of the|goes to|shout ?out|welcome|proud of|bravo|(?:champion|winner|award|star|player|hero) of the (?:week|month|match|term|year)|(?:in|from) (?:year|yr) ?\d|\((?:year|yr|y) ?\d|in reception|in nursery|(?:year \d+|reception|nursery)'s|(?:buddy|monitor|captain|champion|winner|pupil|student|son|daughter|brother|sister|nephew|niece|grandson|granddaughter|classmate) \S+$/;

const SUBJECT_VERBS = new Set([
  'has',
  'is',
  'was',
  'took',
  'made',
  'won',
  'came',
  'drew',
  'scored',
  'wrote',
  'read',
  'ran',
  'sang',
  'gave',
  'built',
  'got',
  'did',
  'played',
  'painted',
  'finished',
  'completed',
  'achieved',
  'earned',
  'received',
  'showed',
  'kept',
  'performed',
  'represented',
  'swam',
  'danced',
  'helped',
  'raised',
  'led',
  'designed',
  'created',
  'joined',
  'impressed',
  'saved',
  'passed',
  'reached',
  'starred',
  'baked',
  'climbed',
  'became',
  'wins',
  'scores',
  'gets',
]);
const PRONOUNS = new Set(['his', 'her', 'he', 'she', 'him', "he's", "she's", 'they', 'their']);

function sentenceAround(tokens: Token[], i: number): [number, number] {
  let from = i;
  while (from > 0 && !tokens[from]!.sentenceStart) from--;
  let to = i + 1;
  while (to < tokens.length && !tokens[to]!.sentenceStart) to++;
  return [from, to];
}

function coordinatedWithName(tokens: Token[], i: number, index: RosterIndex): boolean {
  const joined = (a: Token | undefined, b: Token | undefined, between: Token | undefined) =>
    !!a &&
    !!b &&
    a.capitalised &&
    index.byGiven.has(a.key) &&
    !NAME_WORDS.has(a.key) &&
    (between?.key === 'and' || /^\s*[,&]\s*$/.test(b.gapBefore));
  const at = tokens[i];
  return (
    joined(tokens[i - 1], at, undefined) ||
    (tokens[i - 1]?.key === 'and' && joined(tokens[i - 2], at, tokens[i - 1])) ||
    joined(tokens[i + 1], tokens[i + 1], undefined) ||
    (tokens[i + 1]?.key === 'and' && joined(tokens[i + 2], tokens[i + 2], tokens[i + 1])) ||
    // a list of everyday-word names ("Tom, Will and Danny"): any neighbour in the list that is a name
    [tokens[i - 1], tokens[i + 1]].some(
      (n) =>
        !!n &&
        n.capitalised &&
        index.byGiven.has(n.key) &&
        n !== at &&
        /^\s*,\s*$/.test((n === tokens[i - 1] ? at : n)?.gapBefore ?? ''),
    )
  );
}

function hasPupilCue(folded: string, tokens: Token[], i: number, index: RosterIndex): boolean {
  const at = tokens[i]!;
  const next = tokens[i + 1];
  if (at.possessive && next && !next.capitalised) return true;
  if (coordinatedWithName(tokens, i, index)) return true;
  const [from, to] = sentenceAround(tokens, i);
  const window = folded.slice(Math.max(0, at.start - 80), at.start);
  const before = window.slice(window.search(/[^.!?\n]*$/));
  const sentence = folded.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (PUPIL_CUES.test(before) || PUPIL_CUES.test(sentence)) return true;
  if (next && SUBJECT_VERBS.has(next.key) && at.sentenceStart) {
    return tokens[i + 2]?.key === 'been' || tokens.slice(i + 2, i + 8).some((t) => PRONOUNS.has(t.key));
  }
  return false;
}

/**
 * "Oliver! auditions", "Jack and the Beanstalk", "Bill from Bill's Plumbing", "Leo, the therapy
 * dog", "the Hunter family": a title, an adult, an animal or a family, not one pupil.
 */
function titleOrVisitor(text: string, tokens: Token[], i: number): boolean {
  const at = tokens[i]!;
  const after = text.slice(at.end, at.end + 40);
  if (/^! +\p{Ll}/u.test(after) || /^ (?:and )?the \p{Lu}/u.test(after)) return true;
  if (NON_PUPIL_APPOSITION.test(after)) return true;
  // "the Hunter family" is a household; "Priya's family" is still Priya's.
  if (!at.possessive && /^ (?:family|families|household)\b/.test(after)) return true;
  const next = tokens[i + 1];
  const then = tokens[i + 2];
  return next?.key === 'from' && !!then?.capitalised && !SCHOOL_WORDS_AFTER_NAME.has(then.key);
}

/** Everyday words that are capitalised wherever they stand: months and places. */
const CAPITALISED_ANYWAY = new Set(
  'january april may june july august paris london chelsea brooklyn florence sydney georgia india china jordan'.split(
    ' ',
  ),
);

/**
 * "drop Max at the gate", "the lunchbox Hunter left": an everyday word with a capital in the
 * middle of a sentence is written as a name, unless the writer capitalises Every Word Of A Heading.
 */
function capitalisedMidSentence(tokens: Token[], i: number, casing: Casing): boolean {
  const at = tokens[i]!;
  if (!at.capitalised || at.sentenceStart || casing.lowerCaseText || casing.shouting) return false;
  if (CAPITALISED_ANYWAY.has(at.key) || VALUE_WORDS.has(at.key)) return false;
  const [from, to] = sentenceAround(tokens, i);
  const words = tokens.slice(from + 1, to).filter((t) => !t.hashtag && /^\p{L}{4,}/u.test(t.raw));
  return words.filter((t) => t.capitalised).length * 2 < words.length;
}

export function findFirstNames(
  text: string,
  folded: string,
  tokens: Token[],
  casing: Casing,
  index: RosterIndex,
  full: { found: Mention[]; used: Set<number> },
): Mention[] {
  const namedInFull = new Set(full.found.flatMap((m) => m.pupils));
  const elsewhere = new Set<string>();
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i]!;
    const pupils = index.byGiven.get(at.key);
    if (!pupils || full.used.has(i) || at.hashtag || inHandle(at) || !nameCased(at, casing)) continue;
    if (at.allCaps && !casing.shouting) continue;
    if (pupils.some((p) => namedInFull.has(p)) || elsewhere.has(at.key)) continue;
    const next = tokens[i + 1];
    const surnameInitial = isInitial(next) && isSpaces(next.gapBefore) && !index.bySurnameStart.has(next.key);
    if (introducedAsNonPupil(tokens, i) || (!surnameInitial && runsIntoProperNoun(tokens, i, casing))) {
      elsewhere.add(at.key);
      continue;
    }
    const previous = tokens[i - 1];
    const afterAnotherName =
      previous?.capitalised && !previous.allCaps && !previous.sentenceStart && isSpaces(at.gapBefore);
    if (afterAnotherName || titleOrVisitor(text, tokens, i)) continue;
    if (
      NAME_WORDS.has(at.key) &&
      !surnameInitial &&
      !capitalisedMidSentence(tokens, i, casing) &&
      !hasPupilCue(folded, tokens, i, index)
    )
      continue;
    const end = surnameInitial ? next.end : at.nameEnd;
    found.push({
      span: [at.start, end],
      pupils,
      form: surnameInitial ? 'given-initial' : 'given',
      level: 'first',
    });
  }
  return found;
}
