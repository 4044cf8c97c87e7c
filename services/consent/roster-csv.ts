// The school roster as exported from the MIS (SIMS, Arbor, Bromcom…): a pure parser that keeps
// every good row and reports every bad one by line number, so the import can show the office
// exactly what to fix. csv-parse handles quoting, CRLF and the BOM; the rules here are the DfE's.
import { createRequire } from 'node:module';
import type { RosterPupil } from '../../policies/types.ts';
import { upnProblem } from './upn.ts';

/**
 * csv-parse through its CommonJS build: under the tsx loader each of the 17 modules of its ES
 * build is a round trip to the loader thread, paid by every `gatepost check-text` start.
 */
const { parse } = createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');

export interface RosterError {
  line: number;
  message: string;
}

export interface ParsedRoster {
  pupils: RosterPupil[];
  errors: RosterError[];
}

export type Column =
  | 'upn'
  | 'firstName'
  | 'lastName'
  | 'preferredName'
  | 'yearGroup'
  | 'photoConsent'
  | 'nameConsent';

/** Header spellings as MIS exports write them, compared lower-case with spaces for _ and -. */
export const HEADER_ALIASES: Record<Column, string[]> = {
  upn: ['upn', 'unique pupil number', 'pupil upn'],
  firstName: ['first name', 'forename', 'legal forename', 'legal first name', 'given name', 'firstname'],
  lastName: ['last name', 'surname', 'legal surname', 'family name', 'lastname', 'legal last name'],
  preferredName: ['preferred name', 'preferred forename', 'preferred first name', 'known as', 'chosen name'],
  yearGroup: ['year group', 'year', 'nc year', 'national curriculum year', 'yr', 'curriculum year'],
  photoConsent: ['photo consent', 'photograph consent', 'photography consent', 'photos'],
  nameConsent: ['name consent', 'consent to name'],
};
export const REQUIRED: Column[] = ['upn', 'firstName', 'lastName', 'yearGroup'];

const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');

/** Where each known column is, by any of its aliases; other formats pass their own aliases. */
export function columnsOf<C extends string>(header: string[], aliases: Record<C, string[]>): Map<C, number> {
  const columns = new Map<C, number>();
  header.forEach((raw, i) => {
    const name = normaliseHeader(raw);
    for (const [column, names] of Object.entries(aliases) as [C, string[]][]) {
      if (!columns.has(column) && names.includes(name)) columns.set(column, i);
    }
  });
  return columns;
}

/** "Year 3", "Y3", "3", "NC Year 3" → "Year 3"; "R"/"Rec" → "Reception"; "N"/"N2" → "Nursery". */
export function normaliseYearGroup(value: string): string | undefined {
  const v = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:r|rec|reception|yr r|year r|fs2|f2|eyfs)$/.test(v)) return 'Reception';
  if (/^(?:n|n1|n2|nur|nursery|fs1|f1)$/.test(v)) return 'Nursery';
  const year = /^(?:(?:nc )?(?:year|yr|y) ?)?(\d{1,2})$/.exec(v);
  const n = year ? Number(year[1]) : Number.NaN;
  return n >= 1 && n <= 13 ? `Year ${n}` : undefined;
}

/** yes/no, true/false, Y/N, 1/0; empty means no consent recorded. */
export function parseConsent(value: string | undefined): boolean | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (['yes', 'y', 'true', 't', '1'].includes(v)) return true;
  if (['no', 'n', 'false', 'f', '0', ''].includes(v)) return false;
  return undefined;
}

function wrongDelimiter(header: string[]): string | undefined {
  if (header.length !== 1) return undefined;
  return [';', '\t', '|'].find((d) => header[0]!.includes(d));
}

export interface Row {
  fields: string[];
  line: number;
}

/** Reads a row's cell by column name; a column the file lacks reads as empty. */
export const cellsOf =
  <C extends string>(row: Row, columns: Map<C, number>) =>
  (c: C): string => {
    const i = columns.get(c);
    return i === undefined ? '' : (row.fields[i] ?? '').trim();
  };

function readRows(text: string): Row[] | RosterError {
  try {
    const records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
    });
    return (records as unknown as { record: string[]; info: { lines: number } }[]).map(
      ({ record, info }) => ({
        fields: record,
        line: info.lines,
      }),
    );
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return { line: lines ?? 1, message: `The file is not valid CSV: ${(error as Error).message}` };
  }
}

/** One roster row's pupil, or every reason it is not one. */
export function readPupil(row: Row, get: (c: Column) => string): { pupil?: RosterPupil; problems: string[] } {
  const problems: string[] = [];
  if (row.fields.length === 1 && wrongDelimiter(row.fields))
    problems.push('columns are not separated by commas');
  const upn = get('upn').toUpperCase();
  const upnIssue = upnProblem(upn);
  if (upnIssue === 'format') problems.push(`UPN "${upn}" is not a letter followed by 12 digits`);
  if (upnIssue === 'check-letter') problems.push(`UPN "${upn}" has the wrong check letter`);
  if (!get('firstName')) problems.push('first name is missing');
  if (!get('lastName')) problems.push('surname is missing');
  const yearGroup = normaliseYearGroup(get('yearGroup'));
  if (!yearGroup) problems.push(`year group "${get('yearGroup')}" is not recognised`);
  const photoConsent = parseConsent(get('photoConsent'));
  const nameConsent = parseConsent(get('nameConsent'));
  if (photoConsent === undefined) problems.push(`photo consent "${get('photoConsent')}" is not yes or no`);
  if (nameConsent === undefined) problems.push(`name consent "${get('nameConsent')}" is not yes or no`);
  if (problems.length > 0) return { problems };
  const preferred = get('preferredName');
  return {
    problems,
    pupil: {
      upn,
      firstName: get('firstName'),
      lastName: get('lastName'),
      ...(preferred ? { preferredName: preferred } : {}),
      yearGroup: yearGroup!,
      photoConsent: photoConsent!,
      nameConsent: nameConsent!,
    },
  };
}

export interface Table {
  header: Row;
  body: Row[];
}

/** The header and rows of a comma-separated file, or why it cannot be read as one. */
export function readTable(text: string): Table | RosterError {
  const rows = readRows(text);
  if (!Array.isArray(rows)) return rows;
  const [header, ...body] = rows;
  if (!header) return { line: 1, message: 'The file is empty.' };
  const delimiter = wrongDelimiter(header.fields);
  if (delimiter) {
    const name = delimiter === '\t' ? 'tabs' : `"${delimiter}"`;
    return {
      line: header.line,
      message: `Columns are separated by ${name}; export the roster as comma-separated CSV.`,
    };
  }
  return { header, body };
}

/** The header error naming the required columns the file lacks, if any. */
export function missingColumns<C extends string>(
  header: Row,
  columns: Map<C, number>,
  required: C[],
  aliases: Record<C, string[]>,
): RosterError | undefined {
  const missing = required.filter((c) => !columns.has(c));
  if (missing.length === 0) return undefined;
  const names = missing.map((c) => aliases[c][0]).join(', ');
  return { line: header.line, message: `Missing column(s): ${names}.` };
}

/** Remembers each key's first line, so a repeat is reported against it. */
export function duplicateFinder(what: string) {
  const firstLineOf = new Map<string, number>();
  return (key: string, line: number): RosterError | undefined => {
    const seen = firstLineOf.get(key);
    if (seen !== undefined) return { line, message: `${what} ${key} is a duplicate of line ${seen}` };
    firstLineOf.set(key, line);
    return undefined;
  };
}

export function parseRosterCsv(text: string): ParsedRoster {
  const table = readTable(text);
  if ('message' in table) return { pupils: [], errors: [table] };
  const columns = columnsOf(table.header.fields, HEADER_ALIASES);
  const missing = missingColumns(table.header, columns, REQUIRED, HEADER_ALIASES);
  if (missing) return { pupils: [], errors: [missing] };
  const pupils: RosterPupil[] = [];
  const errors: RosterError[] = [];
  const duplicate = duplicateFinder('UPN');
  for (const row of table.body) {
    const { pupil, problems } = readPupil(row, cellsOf(row, columns));
    if (!pupil) {
      errors.push({ line: row.line, message: problems.join('; ') });
      continue;
    }
    const repeated = duplicate(pupil.upn, row.line);
    if (repeated) errors.push(repeated);
    else pupils.push(pupil);
  }
  return { pupils, errors };
}
