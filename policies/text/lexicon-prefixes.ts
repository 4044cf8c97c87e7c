// Which few characters a lexicon pattern can begin with. A post is only tried against the entries
// whose opening letters occur at one of its word starts, so a lexicon of hundreds of phrasings
// costs a handful of map look-ups per post instead of a full regular-expression scan.

/** Longest prefix (in UTF-16 units) used as a key: three letters already pick out few entries. */
export const PREFIX_LENGTH = 3;
/** Past this many spellings a prefix set is cut shorter rather than grown. */
const MAX_PREFIXES = 400;

type Item =
  | { kind: 'chars'; chars: string[] | undefined; min: number; max: number }
  | { kind: 'group'; alternatives: Item[][]; min: number; max: number }
  | { kind: 'assertion' };

const SMALL_CLASSES: Record<string, string[]> = { d: [...'0123456789'] };

class Parser {
  i = 0;
  constructor(private readonly source: string) {}

  alternatives(): Item[][] {
    const alternatives: Item[][] = [[]];
    while (this.i < this.source.length && this.source[this.i] !== ')') {
      if (this.source[this.i] === '|') {
        this.i++;
        alternatives.push([]);
        continue;
      }
      const item = this.atom();
      alternatives[alternatives.length - 1]!.push(item.kind === 'assertion' ? item : this.quantified(item));
    }
    return alternatives;
  }

  private quantified<T extends Item & { min: number; max: number }>(item: T): T {
    const q = /^(?:[?*+]|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.source.slice(this.i));
    if (!q) return item;
    this.i += q[0].length;
    const op = q[0][0];
    if (op === '?') return { ...item, min: 0, max: 1 };
    if (op === '*') return { ...item, min: 0, max: Number.POSITIVE_INFINITY };
    if (op === '+') return { ...item, min: 1, max: Number.POSITIVE_INFINITY };
    const min = Number(q[1]);
    const max = q[2] ? (q[3] ? Number(q[3]) : Number.POSITIVE_INFINITY) : min;
    return { ...item, min, max };
  }

  private atom(): Item {
    const s = this.source;
    const ch = s[this.i]!;
    if (ch === '(') {
      const lookaround = /^\(\?<?[=!]/.exec(s.slice(this.i));
      const named = /^\(\?<[A-Za-z]\w*>/.exec(s.slice(this.i));
      this.i += lookaround
        ? lookaround[0].length
        : named
          ? named[0].length
          : s.startsWith('(?:', this.i)
            ? 3
            : 1;
      const alternatives = this.alternatives();
      this.i++; // ')'
      return lookaround ? { kind: 'assertion' } : { kind: 'group', alternatives, min: 1, max: 1 };
    }
    if (ch === '[') return this.characterClass();
    if (ch === '^' || ch === '$') {
      this.i++;
      return { kind: 'assertion' };
    }
    if (ch === '.') {
      this.i++;
      return { kind: 'chars', chars: undefined, min: 1, max: 1 };
    }
    if (ch === '\\') {
      const next = s[this.i + 1]!;
      this.i += 2;
      if (next === 'b' || next === 'B') return { kind: 'assertion' };
      if (next === 'p' || next === 'P') {
        this.i = s.indexOf('}', this.i) + 1;
        return { kind: 'chars', chars: undefined, min: 1, max: 1 };
      }
      if (/[a-zA-Z]/.test(next)) return { kind: 'chars', chars: SMALL_CLASSES[next], min: 1, max: 1 };
      return { kind: 'chars', chars: [next], min: 1, max: 1 };
    }
    const code = s.codePointAt(this.i)!;
    const literal = String.fromCodePoint(code);
    this.i += literal.length;
    return { kind: 'chars', chars: [literal], min: 1, max: 1 };
  }

  /** A bracket class is spelled out when it is a short list ("[.!]", "[12]"), else unknown. */
  private characterClass(): Item {
    const s = this.source;
    let j = this.i + 1;
    const chars: string[] = [];
    let known = s[j] !== '^';
    while (j < s.length && s[j] !== ']') {
      if (s[j] === '\\') {
        if (/[a-zA-Z]/.test(s[j + 1]!)) known = false;
        else chars.push(s[j + 1]!);
        j += s[j + 1] === 'p' || s[j + 1] === 'P' ? s.indexOf('}', j) - j + 1 : 2;
        continue;
      }
      const literal = String.fromCodePoint(s.codePointAt(j)!);
      if (s[j + literal.length] === '-' && s[j + literal.length + 1] !== ']') {
        const to = s.codePointAt(j + literal.length + 1)!;
        const from = literal.codePointAt(0)!;
        if (to - from > 26) known = false;
        else for (let c = from; c <= to; c++) chars.push(String.fromCodePoint(c));
        j += literal.length + 1 + String.fromCodePoint(to).length;
        continue;
      }
      chars.push(literal);
      j += literal.length;
    }
    this.i = j + 1;
    return { kind: 'chars', chars: known ? chars : undefined, min: 1, max: 1 };
  }
}

/** Ends a prefix: what follows a repeat or an unknown character is not fixed. */
const STOP: Item = { kind: 'assertion' };

/**
 * Every way the items can start, cut at `length` units, into `out`. A path that meets something
 * unknown (".", "\p{L}", a repeat) ends there with the prefix it has: shorter keys still filter.
 * False when the spellings grow past MAX_PREFIXES.
 */
function expand(items: readonly Item[], acc: string, length: number, out: Set<string>): boolean {
  const [item, ...rest] = items;
  if (acc.length >= length || !item || item === STOP) {
    out.add(acc.slice(0, length));
    return out.size <= MAX_PREFIXES;
  }
  if (item.kind === 'assertion') return expand(rest, acc, length, out);
  if (item.min === 0 && !expand(rest, acc, length, out)) return false;
  if (item.max === 0) return true;
  const after = item.max > 1 ? [STOP] : rest;
  if (item.kind === 'group')
    return item.alternatives.every((alt) => expand([...alt, ...after], acc, length, out));
  if (!item.chars) return expand([STOP], acc, length, out);
  return item.chars.every((c) => expand(after, acc + c, length, out));
}

/**
 * The prefixes a pattern's matches can begin with, at most PREFIX_LENGTH units each, or undefined
 * when a match could begin with anything (such entries are tried at every word start).
 */
export function patternPrefixes(pattern: string): string[] | undefined {
  const items = [{ kind: 'group', alternatives: new Parser(pattern).alternatives(), min: 1, max: 1 } as Item];
  for (let length = PREFIX_LENGTH; length > 0; length--) {
    const out = new Set<string>();
    if (!expand(items, '', length, out)) continue;
    return out.has('') ? undefined : [...out];
  }
  return undefined;
}
