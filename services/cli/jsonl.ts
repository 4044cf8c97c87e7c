// The JSON-lines loop shared by check-text and check-comments: stream stdin a chunk at a time,
// answer each line in order on stdout (waiting for the pipe to drain), and report bad lines in-band.

import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RosterPupil } from '../../policies/types.ts';
import { parseRosterCsv } from '../consent/roster-csv.ts';
import { UsageError } from './command.ts';
import { lineBatches } from './line-batches.ts';

/**
 * zod for the line schemas, through its CommonJS build: under the tsx loader each of the ~100
 * modules of its ES build is a round trip to the loader thread, a fifth of check-text's start.
 */
export const { z } = createRequire(import.meta.url)('zod') as typeof import('zod');
type ZodError = import('zod').ZodError;
type ZodType<T> = import('zod').ZodType<T>;

/** Parses `--roster FILE` (and nothing else) from a command's arguments. */
export function rosterArgument(argv: string[], required: boolean): string | undefined {
  let roster: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--roster' && argv[i + 1]) roster = argv[++i];
    else if (arg.startsWith('--roster=')) roster = arg.slice('--roster='.length);
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  if (required && !roster) throw new UsageError('--roster FILE is required');
  return roster;
}

/** Loads the roster CSV; bad rows are reported on stderr and skipped, as the import would. */
export function loadRoster(file: string | undefined): RosterPupil[] {
  if (!file) return [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read roster ${file}: ${(error as Error).message}`);
  }
  const { pupils, errors } = parseRosterCsv(text);
  for (const e of errors) process.stderr.write(`roster ${file} line ${e.line}: ${e.message}\n`);
  return pupils;
}

function idOf(value: unknown): unknown {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

function describe(error: ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
}

/** The answer to one input line: `answer`'s for a valid line, else an error naming what is wrong. */
function answerLine<T>(
  line: string,
  schema: ZodType<T>,
  answer: (input: T) => object,
): { value: object; failed: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { value: { id: null, error: 'not valid JSON' }, failed: true };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { value: { id: idOf(json), error: describe(parsed.error) }, failed: true };
  return { value: answer(parsed.data), failed: false };
}

/**
 * Runs `answer` over every valid input line, answering in order; resolves to the exit code (1 if
 * any line failed). The answers to a chunk of input go out in one write, waiting for the pipe.
 */
export async function answerJsonLines<T>(schema: ZodType<T>, answer: (input: T) => object): Promise<number> {
  const out = process.stdout;
  let failed = false;
  for await (const lines of lineBatches(process.stdin.setEncoding('utf8'))) {
    let answers = '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      const answered = answerLine(line, schema, answer);
      failed ||= answered.failed;
      answers += `${JSON.stringify(answered.value)}\n`;
    }
    if (answers && !out.write(answers)) await once(out, 'drain');
  }
  return failed ? 1 : 0;
}
