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
 * Every compiled lexicon's entries, keyed by the characters they can begin with: ASCII prefixes
 * by a number (7 bits a character, so a look-up hashes no string), others by the string itself.
 */
const byAscii: Map<number, number[]>[] = [new Map(), new Map(), new Map(), new Map()];
const byPrefix = new Map<string, number[]>();
/** Flat pairs [lexicon, entry] behind each byPrefix value, so one look-up serves every lexicon. */
const refs: [number, number][] = [];
let hasOtherKeys = false;

function asciiKey(key: string): number | undefined {
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 128) return undefined;
    n = n * 128 + c;
  }
  return n;
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

function candidatesOf(folded: string): Candidates {
  for (const c of recent) if (c.folded === folded) return c;
  const byLexicon: number[][] = [];
  const add = (lexicon: number, at: number, id: number) => {
    const list = byLexicon[lexicon];
    if (list) list.push(at, id);
    else byLexicon[lexicon] = [at, id];
  };
  let previousIsWord = false;
  for (let at = 0; at < folded.length; at++) {
    const code = folded.charCodeAt(at);
    const startsHere = !previousIsWord && code > 32 && code !== 0xa0 && !(code >= 0xdc00 && code <= 0xdfff);
    previousIsWord = code < 128 ? ASCII_WORD[code] === 1 : isWordUnit(code, folded[at]!);
    if (!startsHere) continue;
    let ascii = 0;
    for (let n = 1; n <= PREFIX_LENGTH && at + n <= folded.length; n++) {
      const c = folded.charCodeAt(at + n - 1);
      ascii = c < 128 && ascii >= 0 ? ascii * 128 + c : -1;
      const found =
        ascii >= 0
          ? byAscii[n]!.get(ascii)
          : hasOtherKeys
            ? byPrefix.get(folded.slice(at, at + n))
            : undefined;
      if (found) for (const r of found) add(refs[r]![0], at, refs[r]![1]);
    }
    if (everywhere.size > 0)
      for (const [lexicon, ids] of everywhere) for (const id of ids) add(lexicon, at, id);
  }
  const candidates = { folded, byLexicon };
  if (recent.unshift(candidates) > 4) recent.pop();
  return candidates;
}

function register(lexicon: number, id: number, prefixes: string[] | undefined): void {
  if (!prefixes) {
    everywhere.set(lexicon, [...(everywhere.get(lexicon) ?? []), id]);
    return;
  }
  refs.push([lexicon, id]);
  const ref = refs.length - 1;
  for (const key of new Set(prefixes)) {
    const ascii = asciiKey(key);
    const map: Map<number | string, number[]> = ascii === undefined ? byPrefix : byAscii[key.length]!;
    hasOtherKeys ||= ascii === undefined;
    const list = map.get(ascii ?? key);
    if (list) list.push(ref);
    else map.set(ascii ?? key, [ref]);
  }
  recent.length = 0;
}

export function compileLexicon(entries: LexiconEntry[]): LexiconMatcher {
  const lexicon = lexicons++;
  const sticky = entries.map((e) => new RegExp(`(?:${e.pattern})${EDGE_AFTER}`, 'yu'));
  entries.forEach((entry, id) => {
    const prefixes = patternPrefixes(entry.pattern);
    register(lexicon, id, entry.caseSensitive ? prefixes?.map((p) => p.toLowerCase()) : prefixes);
  });

  return (text, folded) => {
    const hits: LexiconHit[] = [];
    const pairs = candidatesOf(folded).byLexicon[lexicon];
    if (!pairs) return hits;
    let from = 0;
    for (let k = 0; k < pairs.length; ) {
      const at = pairs[k]!;
      let ids: number[] = [];
      for (; k < pairs.length && pairs[k] === at; k += 2) ids.push(pairs[k + 1]!);
      if (at < from) continue;
      // Earlier entries win at the same place, as in one alternation.
      if (ids.length > 1) ids = [...new Set(ids)].sort((a, b) => a - b);
      for (const id of ids) {
        const entry = entries[id]!;
        const re = sticky[id]!;
        re.lastIndex = at;
        const m = re.exec(entry.caseSensitive ? text : folded);
        if (!m || m[0].length === 0) continue;
        hits.push({ start: at, end: at + m[0].length, entry });
        from = at + m[0].length;
        break;
      }
    }
    return hits;
  };
}
