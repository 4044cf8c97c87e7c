// Length-preserving folding: every UTF-16 unit of the original maps to exactly one unit of the
// folded text, so an offset found in the folded text is the same offset in what the teacher wrote.

const EXTRA: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  ı: 'i',
  ß: 's',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '‐': '-',
  '‑': '-',
};

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let out = EXTRA[ch];
  if (out === undefined) {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    out = base.length === 1 ? base : lower.length === 1 ? lower : ch;
  }
  cache.set(ch, out);
  return out;
}

/** Units outside ASCII, which need the table look-up; most posts are ASCII bar a few. */
const BEYOND_ASCII = /[^\0-\x7f]/g;

/** Lower-case, diacritics dropped ("Oisín" → "oisin"), curly apostrophes straightened; same length. */
export function fold(text: string): string {
  // The built-in lower-cases ASCII without a loop. Where it changes a length ("İ" → "i̇") its
  // offsets no longer line up with the text's, so those rare texts are folded unit by unit.
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return foldEachUnit(text);
  let out = '';
  let from = 0;
  BEYOND_ASCII.lastIndex = 0;
  for (let m = BEYOND_ASCII.exec(text); m; m = BEYOND_ASCII.exec(text)) {
    out += lower.slice(from, m.index) + foldChar(m[0]);
    from = m.index + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

function foldEachUnit(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out +=
      code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]) : foldChar(text[i]!);
  }
  return out;
}

/** Folds a short name or phrase for use as an index key. */
export function foldKey(text: string): string {
  return fold(text.normalize('NFC')).trim().replace(/\s+/g, ' ');
}
