import { describe, expect, it } from 'vitest';
import { lineBatches } from './line-batches.ts';

async function linesOf(chunks: string[]): Promise<string[]> {
  async function* stream() {
    yield* chunks;
  }
  const lines: string[] = [];
  for await (const batch of lineBatches(stream())) lines.push(...batch);
  return lines;
}

describe('lineBatches', () => {
  it('joins a line split across chunks and keeps a last line without a newline', async () => {
    expect(await linesOf(['{"id":1}\n{"id"', ':2}\n{"id":3}'])).toEqual(['{"id":1}', '{"id":2}', '{"id":3}']);
  });

  it('reads Windows line endings, even with the "\\r" and "\\n" in different chunks', async () => {
    expect(await linesOf(['{"id":1}\r', '\n{"id":2}\r\n'])).toEqual(['{"id":1}', '{"id":2}']);
  });

  it('treats a lone "\\r" as a line break, as readline does', async () => {
    expect(await linesOf(['{"id":1}\r{"id":2}\r'])).toEqual(['{"id":1}', '{"id":2}', '']);
  });

  it('yields nothing for empty input', async () => {
    expect(await linesOf([])).toEqual([]);
  });
});
