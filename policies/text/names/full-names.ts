// Full-name mentions: given + surname in any order, initials, hashtags, coordinated siblings.
import {
  BUSINESS_AFTER,
  FIGURES_AND_GREETINGS,
  PERSONAL_OCCASIONS,
  PLACE_BEFORE,
  PLACE_OR_EVENT_AFTER_MODIFIER,
  PLACE_OR_EVENT_NOUNS,
} from '../lexicons/name-context.ts';
import { NAME_WORDS } from '../lexicons/name-words.ts';
import type { Token } from '../tokens.ts';
import type { Casing } from './cues.ts';
import {
  inHandle,
  introducedAsNonPupil,
  isInitial,
  isSpaces,
  isWordGap,
  nameCased,
  runsIntoProperNoun,
} from './cues.ts';
import type { Mention } from './mentions.ts';
import type { NameForm, RosterIndex } from './roster-index.ts';

interface Scan {
  text: string;
  tokens: Token[];
  casing: Casing;
  used: Set<number>;
  found: Mention[];
}

/**
 * Whether tokens from `at` spell `words`, separated only by spaces or one line break. A name that
 * is no everyday word counts in any case ("amelia HUGHES"); "hope winter" needs capitals.
 */
function spells(tokens: Token[], at: number, words: string[], casing: Casing): boolean {
  return words.every((word, k) => {
    const t = tokens[at + k];
    if (!t || t.key !== word || t.hashtag) return false;
    if (!nameCased(t, casing) && NAME_WORDS.has(t.key)) return false;
    return k === 0 || (isWordGap(t.gapBefore) && !tokens[at + k - 1]?.possessive);
  });
}

function record(scan: Scan, from: number, to: number, forms: NameForm[], form: Mention['form']): void {
  const first = scan.tokens[from]!;
  const last = scan.tokens[to]!;
  for (let k = from; k <= to; k++) scan.used.add(k);
  scan.found.push({
    span: [first.start, last.nameEnd],
    pupils: forms.map((f) => f.pupil),
    form,
    level: 'full',
  });
}

function businessFollows(scan: Scan, last: number): boolean {
  const t = scan.tokens[last]!;
  return BUSINESS_AFTER.test(scan.text.slice(t.end, t.end + 20));
}

/** Praise or a year group right beside the words: "well done to Jack Frost", "Jack Frost (Year 4)". */
const PRAISE_BEFORE =
  /(?:well done|congratulations|congrats|thank(?:s| you)|shout ?out|welcome(?: back)?|proud of|bravo|goes to|birthday|(?:star|player|pupil|writer|reader|champion|winner) of the (?:week|month|match|term|year))(?: to)?[\s,:!\u2013-]*$/;
const YEAR_AFTER = /^[\s,]*\(?(?:(?:in|from) )?(?:(?:year|yr|y) ?\d|reception|nursery)/;

function sentenceBefore(scan: Scan, first: number): string {
  const start = scan.tokens[first]!.start;
  const window = scan.text.slice(Math.max(0, start - 60), start).toLowerCase();
  return window.slice(window.search(/[^.!?\n]*$/));
}

/** "Merry Christmas everyone!", "Jack Frost visited": a greeting or a figure, unless praised as a pupil. */
function figureOrGreeting(scan: Scan, first: number, last: number): boolean {
  const { tokens, text } = scan;
  const words = tokens
    .slice(first, last + 1)
    .map((t) => t.key)
    .join(' ');
  if (!FIGURES_AND_GREETINGS.test(words)) return false;
  const after = text.slice(tokens[last]!.nameEnd, tokens[last]!.nameEnd + 20).toLowerCase();
  return !PRAISE_BEFORE.test(sentenceBefore(scan, first)) && !YEAR_AFTER.test(after);
}

const FUNCTION_WORDS = new Set(
  'the a an and or but to of for in on at with by from is was are were has had have will did won'.split(' '),
);

/**
 * Words that can follow a place or an event as the head of its phrase ("the Holly Bank car park
 * will", "Noel Day assembly on Friday"), unlike a noun it only describes ("Esme Tallis assembly
 * performance", "Oscar Lindqvist day one", "school council rep").
 */
const AFTER_PLACE_OR_EVENT = new Set(
  (
    'on at in is was are were will would has had have this next today tomorrow tonight starts start ' +
    'started begins began opens opened closes closed takes took returns continues goes went for from ' +
    'with to and or but by near photos pictures tickets details dates times info update updates news ' +
    'reminder results'
  ).split(' '),
);

function endsNounPhrase(next: Token | undefined): boolean {
  if (!next || next.sentenceStart || !isSpaces(next.gapBefore)) return true;
  return next.capitalised ? next.key !== 'year' : AFTER_PLACE_OR_EVENT.has(next.key);
}

/**
 * "Robin Wood nature trail", "Holly Bank car park", "the walk to Robin Wood": the name is a place
 * or an event, told by a noun just after it or by going there just before it.
 */
function placeOrEvent(scan: Scan, first: number, last: number): boolean {
  const { tokens } = scan;
  if (PLACE_BEFORE.test(sentenceBefore(scan, first)) && !tokens[last]!.possessive) return true;
  if (tokens[last]!.possessive) return false;
  for (let k = last + 1; k <= last + 2; k++) {
    const t = tokens[k];
    if (!t || t.capitalised || t.hashtag || t.sentenceStart || !isSpaces(t.gapBefore)) return false;
    if (PLACE_OR_EVENT_NOUNS.has(t.key) || (k > last + 1 && PLACE_OR_EVENT_AFTER_MODIFIER.has(t.key)))
      return endsNounPhrase(tokens[k + 1]);
    if (FUNCTION_WORDS.has(t.key) || PERSONAL_OCCASIONS.has(t.key)) return false;
  }
  return false;
}

function forward(scan: Scan, index: RosterIndex, i: number): boolean {
  const { tokens, casing } = scan;
  const forms = index.byGivenStart.get(tokens[i]!.key);
  if (!forms) return false;
  const matches = forms.filter(
    (f) =>
      spells(tokens, i, f.given, casing) &&
      isWordGap(tokens[i + f.given.length]?.gapBefore ?? '') &&
      !tokens[i + f.given.length - 1]?.possessive &&
      spells(tokens, i + f.given.length, f.surname, casing),
  );
  const best = matches[0];
  if (!best) return false;
  const last = i + best.given.length + best.surname.length - 1;
  if (
    introducedAsNonPupil(tokens, i) ||
    runsIntoProperNoun(tokens, last, casing) ||
    businessFollows(scan, last) ||
    figureOrGreeting(scan, i, last) ||
    placeOrEvent(scan, i, last)
  ) {
    return false;
  }
  record(scan, i, last, matches, 'forward');
  coordinatedSibling(scan, index, i, best);
  return true;
}

/** "Holly and Faith Brennan": the first sister is named in full too. */
function coordinatedSibling(scan: Scan, index: RosterIndex, i: number, form: NameForm): void {
  const { tokens } = scan;
  const joinedByAnd =
    tokens[i - 1]?.key === 'and' ? i - 2 : /^\s*&\s*$/.test(tokens[i]!.gapBefore) ? i - 1 : -1;
  const sibling = tokens[joinedByAnd];
  if (!sibling || scan.used.has(joinedByAnd)) return;
  const siblings = (index.byGivenStart.get(sibling.key) ?? []).filter(
    (f) => f.given.length === 1 && f.surname.join(' ') === form.surname.join(' '),
  );
  if (siblings.length > 0) record(scan, joinedByAnd, joinedByAnd, siblings, 'coordinated');
}

/** "Hill, Daisy" or "SANDHU River": surname first, marked by a comma or capitals. */
function reverse(scan: Scan, index: RosterIndex, i: number): boolean {
  const { tokens, casing } = scan;
  const forms = index.bySurnameStart.get(tokens[i]!.key);
  if (!forms) return false;
  for (const f of forms) {
    if (!spells(tokens, i, f.surname, casing)) continue;
    const lastSurname = tokens[i + f.surname.length - 1]!;
    const next = i + f.surname.length;
    const gap = tokens[next]?.gapBefore ?? '';
    const marked = /^\s*,\s*$/.test(gap) || (lastSurname.allCaps && !casing.shouting && isSpaces(gap));
    if (!marked || !spells(tokens, next, f.given, casing)) continue;
    if (introducedAsNonPupil(tokens, i)) continue;
    record(scan, i, next + f.given.length - 1, [f], 'reverse');
    return true;
  }
  return false;
}

function formsWithInitial(index: RosterIndex, tokens: Token[], at: number, initial: string, casing: Casing) {
  return (index.bySurnameStart.get(tokens[at]?.key ?? '') ?? []).filter(
    (f) => f.given[0]!.startsWith(initial) && spells(tokens, at, f.surname, casing),
  );
}

/** "R. Hill", "A King", "T. Adebayo": an initial then a roster surname. */
function initialFirst(scan: Scan, index: RosterIndex, i: number, weak: Mention[]): boolean {
  const { tokens, casing } = scan;
  const initial = tokens[i];
  const surname = tokens[i + 1];
  if (
    !isInitial(initial) ||
    !surname ||
    !/^\.?[ \t\u00a0]+$/.test(surname.gapBefore) ||
    !surname.capitalised
  ) {
    return false;
  }
  const forms = formsWithInitial(index, tokens, i + 1, initial.key, casing);
  if (forms.length === 0 || introducedAsNonPupil(tokens, i)) return false;
  const last = i + forms[0]!.surname.length;
  const before = tokens[i - 1];
  const middleInitial = before && isSpaces(initial.gapBefore) && before.capitalised && !before.sentenceStart;
  if (middleInitial || businessFollows(scan, last) || runsIntoProperNoun(tokens, last, casing)) return false;
  const looksLikeArticle = /^[ai]$/.test(initial.key) && !surname.gapBefore.startsWith('.');
  if (looksLikeArticle && NAME_WORDS.has(surname.key)) {
    weak.push({
      span: [initial.start, tokens[last]!.nameEnd],
      pupils: forms.map((f) => f.pupil),
      form: 'initial',
      level: 'full',
    });
    return false;
  }
  record(scan, i, last, forms, 'initial');
  return true;
}

/** "Hughes, T.": a roster surname, a comma, then an initial. */
function initialLast(scan: Scan, index: RosterIndex, i: number): boolean {
  const { tokens, casing } = scan;
  const surname = tokens[i]!;
  const initial = tokens[i + 1];
  if (!isInitial(initial) || !/^\s*,\s*$/.test(initial.gapBefore) || !surname.capitalised) return false;
  const forms = formsWithInitial(index, tokens, i, initial.key, casing).filter((f) => f.surname.length === 1);
  if (forms.length === 0) return false;
  record(scan, i, i + 1, forms, 'initial');
  return true;
}

function hashtag(scan: Scan, index: RosterIndex, i: number): boolean {
  const token = scan.tokens[i]!;
  const form = token.hashtag ? index.byHashtag.get(token.key.replace(/['-]/g, '')) : undefined;
  if (!form) return false;
  record(scan, i, i, [form], 'hashtag');
  return true;
}

export function findFullNames(text: string, tokens: Token[], casing: Casing, index: RosterIndex) {
  const scan: Scan = { text, tokens, casing, used: new Set(), found: [] };
  const weak: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (scan.used.has(i) || inHandle(tokens[i]!)) continue;
    hashtag(scan, index, i) || forward(scan, index, i) || initialFirst(scan, index, i, weak);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (scan.used.has(i) || inHandle(tokens[i]!)) continue;
    reverse(scan, index, i) || initialLast(scan, index, i);
  }
  // "A King" reads as an article unless the post lists other pupils by initial and surname.
  if (scan.found.some((m) => m.form === 'initial')) scan.found.push(...weak);
  return { found: scan.found, used: scan.used };
}
