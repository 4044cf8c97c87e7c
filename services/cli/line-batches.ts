// Lines of a text stream, a chunk's worth at a time. Answering a whole chunk of lines and writing
// the answers in one go costs one promise and one write per chunk instead of per line, which is
// most of what reading and writing JSON lines costs once the checks themselves are fast.

/** Line breaks as readline splits them: "\n", "\r\n" or a lone "\r". */
const LINE_BREAK = /\r\n|\n|\r/;

/** Splitting at a regular expression costs far more than at "\n", so that is kept for text with "\r". */
const splitLines = (text: string) => (text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n'));

/**
 * Yields the complete lines of each chunk read (the last line once the input ends). Memory stays
 * that of one chunk plus the one line being read, whatever the size of the input.
 */
export async function* lineBatches(input: AsyncIterable<string>): AsyncGenerator<string[]> {
  let rest = '';
  for await (const chunk of input) {
    const text = rest + chunk;
    // A "\r" at the very end may be the first half of a "\r\n" split across two chunks.
    const cut = text.endsWith('\r') ? text.length - 1 : text.length;
    const lines = splitLines(text.slice(0, cut));
    rest = lines.pop()! + text.slice(cut);
    if (lines.length > 0) yield lines;
  }
  if (rest) yield splitLines(rest);
}
