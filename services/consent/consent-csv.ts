// The consent file as schools export it: the MIS roster (one yes/no for photos, one for names)
// or the richer per-purpose form, one column per purpose whose cell is yes, no or the platforms
// it covers ("Facebook; Instagram"), with optional consent and expiry dates and a source. A file
// with a staff email column and no UPN lists staff who may appear. Pure: every bad row is
// reported by line, and nothing is half-read.
import type { PlatformName, RosterPupil } from '../../policies/types.ts';
import type { ConsentPurpose } from './consent-rules.ts';
import {
  type Column,
  cellsOf,
  columnsOf,
  duplicateFinder,
  HEADER_ALIASES,
  missingColumns,
  parseConsent,
  REQUIRED,
  type RosterError,
  type Row,
  readPupil,
  readTable,
} from './roster-csv.ts';

type Extra = ConsentPurpose | 'consentDate' | 'expires' | 'source';
type StaffColumn = 'email' | 'firstName' | 'lastName';

const EXTRA_ALIASES: Record<Extra, string[]> = {
  photo_social: ['photo social', 'photos on social media', 'photo on social media', 'social media photos'],
  video_social: ['video social', 'videos on social media', 'video on social media', 'social media videos'],
  first_name: ['first name social', 'first name on social media', 'name on social media', 'name social'],
  name_with_photo: ['name with photo', 'name alongside photo', 'name and photo', 'named with photo'],
  consentDate: ['consent date', 'date of consent', 'consent given', 'date consent given', 'date signed'],
  expires: ['consent expires', 'expires', 'expiry', 'expiry date', 'leaving date', 'date of leaving'],
  source: ['source', 'consent source', 'recorded via'],
};
const STAFF_ALIASES: Record<StaffColumn, string[]> = {
  email: ['email', 'staff email', 'work email', 'email address', 'school email'],
  firstName: HEADER_ALIASES.firstName,
  lastName: HEADER_ALIASES.lastName,
};
const PURPOSES: ConsentPurpose[] = ['photo_social', 'video_social', 'first_name', 'name_with_photo'];
/** The roster's two yes/no columns speak for these purposes, on every platform. */
const ROSTER_PURPOSE: Partial<Record<ConsentPurpose, 'photoConsent' | 'nameConsent'>> = {
  photo_social: 'photoConsent',
  first_name: 'nameConsent',
};

const PLATFORM_WORDS: Record<string, PlatformName> = {
  x: 'x',
  twitter: 'x',
  facebook: 'facebook',
  fb: 'facebook',
  instagram: 'instagram',
  insta: 'instagram',
  ig: 'instagram',
  sandbox: 'sandbox',
};

export interface ImportedConsent {
  purpose: ConsentPurpose;
  granted: boolean;
  /** Empty: every platform. */
  platforms: PlatformName[];
  grantedOn?: Date;
  /** Undefined when the file has no expiry column (leave it as it is); null when the cell is empty. */
  expiresAt?: Date | null;
}

export interface StaffPerson {
  email: string;
  firstName: string;
  lastName: string;
}

export type ImportedPerson = { line: number; consents: ImportedConsent[]; source?: string } & (
  | { kind: 'pupil'; key: string; pupil: RosterPupil }
  | { kind: 'staff'; key: string; staff: StaffPerson }
);

export interface ParsedConsentFile {
  kind: 'pupil' | 'staff';
  people: ImportedPerson[];
  errors: RosterError[];
}

/** yes/no words, or the platforms consent covers: "Facebook; Instagram", "yes (X, Facebook)". */
export function parsePurposeCell(value: string): { granted: boolean; platforms: PlatformName[] } | undefined {
  const yesNo = parseConsent(value);
  if (yesNo !== undefined) return { granted: yesNo, platforms: [] };
  const v = value.trim().toLowerCase();
  if (['refused', 'withdrawn', 'declined', 'not given', 'not returned'].includes(v))
    return { granted: false, platforms: [] };
  const list = v.replace(/^(?:yes|y)\s*[:(-]?\s*/, '').replace(/\)$/, '');
  const words = list.split(/\s*(?:[;,/|+&]|\band\b)\s*|\s+/).filter(Boolean);
  const platforms = words.map((w) => PLATFORM_WORDS[w]);
  if (words.length === 0 || platforms.some((p) => !p)) return undefined;
  return { granted: true, platforms: [...new Set(platforms as PlatformName[])].sort() };
}

/** ISO 2026-09-01 or UK 01/09/2026; the day starts at midnight UTC. */
export function parseDay(value: string): Date | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!y) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? date : undefined;
}

function readConsents(
  get: (c: Extra) => string,
  roster: (c: 'photoConsent' | 'nameConsent') => boolean | undefined,
  has: (c: Extra | Column) => boolean,
  problems: string[],
): { consents: ImportedConsent[]; source?: string } {
  const day = (c: 'consentDate' | 'expires', label: string) => {
    const raw = get(c);
    if (!raw) return undefined;
    const date = parseDay(raw);
    if (!date) problems.push(`${label} "${raw}" is not a date like 2026-09-01 or 01/09/2026`);
    return date;
  };
  const grantedOn = day('consentDate', 'consent date');
  const expires = has('expires') ? (day('expires', 'expiry date') ?? null) : undefined;
  const consents: ImportedConsent[] = [];
  for (const purpose of PURPOSES) {
    const rosterColumn = ROSTER_PURPOSE[purpose];
    let answer: { granted: boolean; platforms: PlatformName[] } | undefined;
    if (has(purpose)) {
      answer = parsePurposeCell(get(purpose));
      if (!answer)
        problems.push(
          `${purpose} "${get(purpose)}" is not yes, no or a list of platforms (X, Facebook, Instagram)`,
        );
    } else if (rosterColumn && has(rosterColumn)) {
      const granted = roster(rosterColumn);
      if (granted !== undefined) answer = { granted, platforms: [] };
    }
    if (!answer) continue;
    consents.push({
      purpose,
      ...answer,
      ...(grantedOn ? { grantedOn } : {}),
      ...(expires !== undefined ? { expiresAt: expires } : {}),
    });
  }
  const source = get('source');
  return { consents, ...(source ? { source } : {}) };
}

function readStaff(row: Row, get: (c: StaffColumn) => string, problems: string[]): StaffPerson | undefined {
  const email = get('email').toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    problems.push(`email "${get('email')}" is not an email address`);
  if (!get('firstName')) problems.push('first name is missing');
  if (!get('lastName')) problems.push('surname is missing');
  if (row.fields.length === 1 && row.fields[0]!.includes(';'))
    problems.push('columns are not separated by commas');
  return problems.length ? undefined : { email, firstName: get('firstName'), lastName: get('lastName') };
}

export function parseConsentCsv(text: string): ParsedConsentFile {
  const table = readTable(text);
  if ('message' in table) return { kind: 'pupil', people: [], errors: [table] };
  const pupilColumns = columnsOf(table.header.fields, HEADER_ALIASES);
  const staffColumns = columnsOf(table.header.fields, STAFF_ALIASES);
  const extraColumns = columnsOf(table.header.fields, EXTRA_ALIASES);
  const kind = !pupilColumns.has('upn') && staffColumns.has('email') ? 'staff' : 'pupil';
  const missing =
    kind === 'pupil'
      ? missingColumns(table.header, pupilColumns, REQUIRED, HEADER_ALIASES)
      : missingColumns(table.header, staffColumns, ['email', 'firstName', 'lastName'], STAFF_ALIASES);
  if (missing) return { kind, people: [], errors: [missing] };
  const has = (c: Extra | Column) => extraColumns.has(c as Extra) || pupilColumns.has(c as Column);
  const people: ImportedPerson[] = [];
  const errors: RosterError[] = [];
  const duplicate = duplicateFinder(kind === 'pupil' ? 'UPN' : 'Email');
  for (const row of table.body) {
    const getPupil = cellsOf(row, pupilColumns);
    const read = kind === 'pupil' ? readPupil(row, getPupil) : { problems: [] as string[] };
    const { problems } = read;
    const staff = kind === 'staff' ? readStaff(row, cellsOf(row, staffColumns), problems) : undefined;
    const consents = readConsents(
      cellsOf(row, extraColumns),
      (c) => parseConsent(getPupil(c)),
      has,
      problems,
    );
    if (problems.length) {
      errors.push({ line: row.line, message: problems.join('; ') });
      continue;
    }
    const key = read.pupil?.upn ?? staff!.email;
    const repeated = duplicate(key, row.line);
    if (repeated) {
      errors.push(repeated);
      continue;
    }
    people.push(
      read.pupil
        ? { kind: 'pupil', key, line: row.line, pupil: read.pupil, ...consents }
        : { kind: 'staff', key, line: row.line, staff: staff!, ...consents },
    );
  }
  return { kind, people, errors };
}

/** A roster already in hand (the demo's, a test's) as the import reads it: yes/no on every platform. */
export function rosterAsConsentFile(pupils: RosterPupil[]): ParsedConsentFile {
  return {
    kind: 'pupil',
    errors: [],
    people: pupils.map((pupil, i) => ({
      kind: 'pupil',
      key: pupil.upn,
      line: i + 2,
      pupil,
      consents: [
        { purpose: 'photo_social', granted: pupil.photoConsent, platforms: [] },
        { purpose: 'first_name', granted: pupil.nameConsent, platforms: [] },
      ],
    })),
  };
}
