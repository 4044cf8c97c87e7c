// Lexicons are data: each entry is a pattern of how people write, with the reason it matters.
// A match starts where a word (or a symbol such as "#" or an emoji) starts. Each entry is indexed
// by the few characters it can begin with, so a post is tried only against the entries whose
// opening letters occur in it, at exactly those places.
import { PREFIX_LENGTH, patternPrefixes } from './lexicon-prefixes.ts';

export interface LexiconEntry {
  /** Regular-expression source, matched against the folded text (lower case, no diacritics). */
  pattern: string;
  /** Why this wording matters, in a teacher's words; shown in the finding. */
  reason: string;
  /** Match the original text, case and all (party names such as "Reform", "Green"). */
  caseSensitive?: boolean;
}

export interface LexiconHit {
  start: number;
  end: number;
  entry: LexiconEntry;
}

export type LexiconMatcher = (text: string, folded: string) => LexiconHit[];

const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const WORD_CHAR = /[\p{L}\p{N}]/u;

const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[a-zA-Z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));

function isWordUnit(code: number, ch: string): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // A low surrogate continues the character before it; never a start of its own.
  if (code >= 0xdc00 && code <= 0xdfff) return true;
  return WORD_CHAR.test(ch);
}

/**
 * Every compiled lexicon's entries, keyed by the characters they can begin with. ASCII keys of one
 * or two characters index arrays directly (7 bits a character), three-character ones a map behind
 * a two-character guard; keys with other characters (emoji, "£") a map of strings. The values
 * point into `refs`, so one look-up serves every lexicon.
 */
const byOne: (number[] | undefined)[] = new Array(128);
const byTwo: (number[] | undefined)[] = new Array(128 * 128);
const threeAfter = new Uint8Array(128 * 128);
const byThree = new Map<number, number[]>();
const byOther = new Map<string, number[]>();
/** Pairs [lexicon, entry]. */
const refs: [number, number][] = [];

function asciiKey(key: string): number | undefined {
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) return undefined;
    n = n * 128 + c;
  }
  return n;
}

function listFor(key: string): number[] {
  const ascii = asciiKey(key);
  if (ascii === undefined || key.length === 3) {
    const map: Map<number | string, number[]> = ascii === undefined ? byOther : byThree;
    if (ascii !== undefined) threeAfter[ascii >> 7] = 1;
    const list = map.get(ascii ?? key) ?? [];
    map.set(ascii ?? key, list);
    return list;
  }
  const table = key.length === 1 ? byOne : byTwo;
  table[ascii] ??= [];
  return table[ascii];
}

/** Adds the [lexicon, entry] pairs of `list` at `at` to `byLexicon`. */
function addRefs(byLexicon: number[][], list: number[] | undefined, at: number): void {
  if (!list) return;
  for (const r of list) addPair(byLexicon, refs[r]![0], at, refs[r]![1]);
}

function addPair(byLexicon: number[][], lexicon: number, at: number, id: number): void {
  const pairs = byLexicon[lexicon];
  if (pairs) pairs.push(at, id);
  else byLexicon[lexicon] = [at, id];
}

/** Adds the entries that may begin at `at`, looked up by the next one to three characters. */
function addPrefixRefs(byLexicon: number[][], folded: string, at: number): void {
  const c0 = folded.charCodeAt(at);
  const c1 = folded.charCodeAt(at + 1);
  const c2 = folded.charCodeAt(at + 2);
  if (c0 < 128) {
    addRefs(byLexicon, byOne[c0], at);
    if (c1 < 128) {
      const two = c0 * 128 + c1;
      addRefs(byLexicon, byTwo[two], at);
      if (c2 < 128 && threeAfter[two] === 1) addRefs(byLexicon, byThree.get(two * 128 + c2), at);
    }
  }
  if (byOther.size > 0 && !(c0 < 128 && c1 < 128 && c2 < 128)) {
    for (let n = 1; n <= PREFIX_LENGTH && at + n <= folded.length; n++) {
      addRefs(byLexicon, byOther.get(folded.slice(at, at + n)), at);
    }
  }
}

/** Lexicons with entries that could begin anywhere, with those entries. */
const everywhere = new Map<number, number[]>();
let lexicons = 0;

/**
 * For one text: per lexicon, flat pairs [position, entry] worth trying there, by position. Every
 * lexicon reads the same post (and profanity its words), so the last few texts are kept.
 */
interface Candidates {
  folded: string;
  byLexicon: number[][];
}
const recent: Candidates[] = [];

/**
 * Short texts (the words profanity looks into) must not evict the post; the last one is kept on
 * its own, as the slur and the swearing lexicons read the same word one after the other.
 */
const WORTH_KEEPING = 24;
let lastShort: Candidates | undefined;

function candidatesOf(folded: string): Candidates {
  if (lastShort?.folded === folded) return lastShort;
  for (const c of recent) if (c.folded === folded) return c;
  const byLexicon: number[][] = [];
  let previousIsWord = false;
  for (let at = 0; at < folded.length; at++) {
    const code = folded.charCodeAt(at);
    const startsHere = !previousIsWord && code > 32 && code !== 0xa0 && !(code >= 0xdc00 && code <= 0xdfff);
    previousIsWord = code < 128 ? ASCII_WORD[code] === 1 : isWordUnit(code, folded[at]!);
    if (!startsHere) continue;
    addPrefixRefs(byLexicon, folded, at);
    if (everywhere.size === 0) continue;
    for (const [lexicon, ids] of everywhere) {
      for (const id of ids) addPair(byLexicon, lexicon, at, id);
    }
  }
  const candidates = { folded, byLexicon };
  if (folded.length < WORTH_KEEPING) lastShort = candidates;
  else if (recent.unshift(candidates) > 4) recent.pop();
  return candidates;
}

function register(lexicon: number, id: number, prefixes: string[] | undefined): void {
  if (!prefixes) {
    everywhere.set(lexicon, [...(everywhere.get(lexicon) ?? []), id]);
    return;
  }
  refs.push([lexicon, id]);
  const ref = refs.length - 1;
  for (const key of new Set(prefixes)) listFor(key).push(ref);
  recent.length = 0;
  lastShort = undefined;
}

export function compileLexicon(entries: LexiconEntry[]): LexiconMatcher {
  const lexicon = lexicons++;
  const sticky = entries.map((e) => new RegExp(`(?:${e.pattern})${EDGE_AFTER}`, 'yu'));
  entries.forEach((entry, id) => {
    const prefixes = patternPrefixes(entry.pattern);
    register(lexicon, id, entry.caseSensitive ? prefixes?.map((p) => p.toLowerCase()) : prefixes);
  });

  /** Length of entry `id`'s match at `at` (0 if none); `test` leaves the end in lastIndex, no array. */
  const matchAt = (id: number, at: number, text: string, folded: string): number => {
    const re = sticky[id]!;
    re.lastIndex = at;
    return re.test(entries[id]!.caseSensitive ? text : folded) ? re.lastIndex - at : 0;
  };

  /**
   * The first entry (lowest id, as in one alternation) of pairs[k..end) matching at `at`, with its
   * length. The ids come from several prefix lists, so they may repeat and are not in order.
   */
  const firstMatchAt = (pairs: number[], k: number, end: number, text: string, folded: string) => {
    const at = pairs[k]!;
    for (let tried = -1; ; ) {
      let id = Number.POSITIVE_INFINITY;
      for (let j = k + 1; j < end; j += 2) if (pairs[j]! > tried && pairs[j]! < id) id = pairs[j]!;
      if (id === Number.POSITIVE_INFINITY) return undefined;
      const length = matchAt(id, at, text, folded);
      if (length > 0) return { start: at, end: at + length, entry: entries[id]! };
      tried = id;
    }
  };

  return (text, folded) => {
    const hits: LexiconHit[] = [];
    const pairs = candidatesOf(folded).byLexicon[lexicon];
    if (!pairs) return hits;
    let from = 0;
    for (let k = 0; k < pairs.length; ) {
      const at = pairs[k]!;
      let end = k + 2;
      while (end < pairs.length && pairs[end] === at) end += 2;
      const hit = at >= from ? firstMatchAt(pairs, k, end, text, folded) : undefined;
      if (hit) {
        hits.push(hit);
        from = hit.end;
      }
      k = end;
    }
    return hits;
  };
}
