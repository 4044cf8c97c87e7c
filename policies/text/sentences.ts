// Sentences of a post as spans, for rules that weigh words only when they meet in one sentence.

const ENDS = /[.!?\n]+/g;

/** [start, end) of each sentence: split after ".", "!", "?" and line breaks; empty ones dropped. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  ENDS.lastIndex = 0;
  for (let m = ENDS.exec(text); m; m = ENDS.exec(text)) {
    const to = m.index + m[0].length;
    if (text.slice(from, m.index).trim()) spans.push([from, to]);
    from = to;
  }
  if (text.slice(from).trim()) spans.push([from, text.length]);
  return spans;
}

/** Whether any of the spans overlaps [start, end). */
export function overlapsAny(
  spans: readonly (readonly [number, number])[],
  start: number,
  end: number,
): boolean {
  return spans.some(([s, e]) => s < end && start < e);
}
