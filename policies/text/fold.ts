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

/** Lower-case, diacritics dropped ("Oisín" → "oisin"), curly apostrophes straightened; same length. */
export function fold(text: string): string {
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
