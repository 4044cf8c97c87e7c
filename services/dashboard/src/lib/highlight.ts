// Cuts a post's text into runs so each finding's span can be marked. Spans may overlap; a run
// covered by a block finding is shown as a block even if a warning covers it too.
export interface Spanned {
  severity: 'block' | 'warn';
  span?: [number, number] | undefined;
}

export interface Run {
  text: string;
  start: number;
  severity?: 'block' | 'warn';
  /** Indexes of the findings covering this run. */
  findings: number[];
}

export function runsOf(text: string, findings: readonly Spanned[]): Run[] {
  const cuts = new Set([0, text.length]);
  for (const f of findings) {
    if (!f.span) continue;
    cuts.add(Math.max(0, Math.min(text.length, f.span[0])));
    cuts.add(Math.max(0, Math.min(text.length, f.span[1])));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = findings.flatMap((f, index) =>
      f.span && f.span[0] <= start && f.span[1] >= end ? [index] : [],
    );
    const severities = covering.map((index) => findings[index]!.severity);
    const severity = severities.includes('block') ? 'block' : severities.length ? 'warn' : undefined;
    runs.push({ text: text.slice(start, end), start, findings: covering, ...(severity ? { severity } : {}) });
  }
  return runs;
}
