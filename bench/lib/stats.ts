// Small helpers every bench shares: percentiles and the printed line with its floor.
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Runs `task` over `items` with at most `limit` in flight. */
export async function inParallel<T>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i]!, i);
      }
    }),
  );
}

export interface Figure {
  bench: string;
  /** The latest measurement, as people read it. */
  figure: string;
  /** What it is measured against (the cost of the work with nothing of ours around it). */
  floor: string;
  ratio: number;
  ok?: boolean;
}

/** One line bin/run-benches.mjs reads to rebuild bench/README.md. */
export function reportFigure(figure: Figure): void {
  console.log(`BENCH-FIGURE ${JSON.stringify(figure)}`);
}
