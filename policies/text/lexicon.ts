// Lexicons are data: each entry is a pattern of how people write, with the reason it matters.
// All entries of one lexicon compile into a single regular expression, so a check is one scan.

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

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

function compileGroup(entries: LexiconEntry[], offset: number): RegExp | undefined {
  if (entries.length === 0) return undefined;
  const source = entries
    .map((e, i) => `(?<e${offset + i}>${EDGE_BEFORE}(?:${e.pattern})${EDGE_AFTER})`)
    .join('|');
  return new RegExp(source, 'gu');
}

export function compileLexicon(entries: LexiconEntry[]): LexiconMatcher {
  const folded = entries.filter((e) => !e.caseSensitive);
  const exact = entries.filter((e) => e.caseSensitive);
  const ordered = [...folded, ...exact];
  const foldedRe = compileGroup(folded, 0);
  const exactRe = compileGroup(exact, folded.length);
  const scan = (re: RegExp | undefined, subject: string, hits: LexiconHit[]) => {
    if (!re) return;
    // exec over a shared regex: matchAll would clone (and recompile) the big alternation per call.
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const name = Object.keys(m.groups ?? {}).find((k) => m.groups?.[k] !== undefined);
      const entry = name ? ordered[Number(name.slice(1))] : undefined;
      if (entry) hits.push({ start: m.index, end: m.index + m[0].length, entry });
    }
  };
  return (text, foldedText) => {
    const hits: LexiconHit[] = [];
    scan(foldedRe, foldedText, hits);
    scan(exactRe, text, hits);
    return hits.sort((a, b) => a.start - b.start);
  };
}
