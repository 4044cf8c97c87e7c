// What an import would change, person by person, before anything is written: the dry run shows
// it and applying writes exactly it. Every import is the school's whole list, so anyone on file
// before and missing now has left, and their consent ends.

import type { PlatformName } from '../../policies/types.ts';
import {
  changeOf,
  leaving,
  type RecordChange,
  type RecordState,
  stated,
  withdrawn,
} from './consent-change.ts';
import type { ImportedPerson, ParsedConsentFile } from './consent-csv.ts';
import { type ConsentPurpose, PLATFORMS, rosterFlags, statusAt } from './consent-rules.ts';

export type Details = Record<string, string | null>;

/** A person Gatepost already has, with their current records. */
export interface KnownPerson {
  id: string;
  kind: 'pupil' | 'staff';
  /** UPN or staff email. */
  key: string;
  details: Details;
  leftAt: Date | null;
  records: Map<ConsentPurpose, RecordState>;
  /** Pupils only: the roster's yes/no flags as stored. */
  flags?: RosterFlags;
}

export interface PersonPlan {
  kind: 'pupil' | 'staff';
  key: string;
  id?: string;
  status: 'added' | 'changed' | 'left';
  details: Details;
  detailChanges: Record<string, [string | null, string | null]>;
  leftAt?: Date | null;
  records: RecordChange[];
  source?: string;
  /** Pupils only: the roster flags the records amount to after this change. */
  flags?: RosterFlags;
}

type RosterFlags = ReturnType<typeof rosterFlags>;

/** Pupils' derived yes/no flags once these changes are made. */
function flagsAfter(
  kind: 'pupil' | 'staff',
  known: KnownPerson | undefined,
  changes: RecordChange[],
  now: Date,
) {
  if (kind !== 'pupil') return undefined;
  const records = new Map(known?.records);
  for (const c of changes) records.set(c.purpose, c.after);
  return rosterFlags(
    [...records].map(([purpose, r]) => ({ purpose, ...r })),
    now,
  );
}

const sameFlags = (a: RosterFlags | undefined, b: RosterFlags | undefined) =>
  a?.photoConsent === b?.photoConsent && a?.nameConsent === b?.nameConsent;

export interface ImportDiff {
  added: { key: string; name: string; consents: Record<string, string> }[];
  changed: {
    key: string;
    name: string;
    changes: Record<string, { from: string | null; to: string | null }>;
  }[];
  withdrawn: { key: string; name: string; purposes: ConsentPurpose[] }[];
  leavers: { key: string; name: string }[];
  unchanged: number;
}

export interface ImportPlan {
  people: PersonPlan[];
  diff: ImportDiff;
}

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/** A record in words, for the dry run and the audit trail. */
export function describeRecord(r: RecordState | undefined, now: Date): string | null {
  if (!r) return null;
  const where = r.platforms.length ? r.platforms.join(', ') : 'all platforms';
  const until = r.expiresAt ? ` until ${day(r.expiresAt)}` : '';
  const words = {
    granted: `granted on ${where}${until}`,
    not_granted: 'not given',
    not_yet_granted: `granted from ${day(r.grantedAt)} on ${where}${until}`,
    withdrawn: `withdrawn ${day(r.withdrawnAt)}`,
    expired: `expired ${day(r.expiresAt)}`,
  };
  return words[statusAt({ purpose: 'first_name', ...r }, now)];
}

function detailsOf(person: ImportedPerson): Details {
  if (person.kind === 'staff') return { firstName: person.staff.firstName, lastName: person.staff.lastName };
  const p = person.pupil;
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    preferredName: p.preferredName ?? null,
    yearGroup: p.yearGroup,
  };
}

const nameOf = (details: Details) => `${details.preferredName ?? details.firstName} ${details.lastName}`;

function planPerson(
  person: ImportedPerson,
  known: KnownPerson | undefined,
  now: Date,
): PersonPlan | undefined {
  const details = detailsOf(person);
  const detailChanges: PersonPlan['detailChanges'] = {};
  for (const [field, value] of Object.entries(details)) {
    if (known && known.details[field] !== value) detailChanges[field] = [known.details[field] ?? null, value];
  }
  const records = person.consents.flatMap((c) => {
    const before = known?.records.get(c.purpose);
    return changeOf(c.purpose, before, stated(before, c, now), now) ?? [];
  });
  const returning = !!known?.leftAt;
  const flags = flagsAfter(person.kind, known, records, now);
  const quiet =
    records.length === 0 && Object.keys(detailChanges).length === 0 && sameFlags(flags, known?.flags);
  if (known && !returning && quiet) return undefined;
  return {
    kind: person.kind,
    key: person.key,
    ...(known ? { id: known.id } : {}),
    status: known ? 'changed' : 'added',
    details,
    detailChanges,
    ...(returning ? { leftAt: null } : {}),
    records,
    ...(person.source ? { source: person.source } : {}),
    ...(flags ? { flags } : {}),
  };
}

/** Only a known person's records change (they left, or withdrew by hand). */
function recordsOnly(
  known: KnownPerson,
  status: 'changed' | 'left',
  records: RecordChange[],
  now: Date,
): PersonPlan {
  const flags = flagsAfter(known.kind, known, records, now);
  return {
    kind: known.kind,
    key: known.key,
    id: known.id,
    status,
    details: known.details,
    detailChanges: {},
    ...(status === 'left' ? { leftAt: now } : {}),
    records,
    ...(flags ? { flags } : {}),
  };
}

const planLeaver = (known: KnownPerson, now: Date): PersonPlan =>
  recordsOnly(
    known,
    'left',
    [...known.records].flatMap(([purpose, r]) => changeOf(purpose, r, leaving(r, now), now) ?? []),
    now,
  );

function diffOf(people: PersonPlan[], unchanged: number, now: Date): ImportDiff {
  const diff: ImportDiff = { added: [], changed: [], withdrawn: [], leavers: [], unchanged };
  for (const p of people) {
    const name = nameOf(p.details);
    if (p.status === 'left') {
      diff.leavers.push({ key: p.key, name });
      continue;
    }
    if (p.status === 'added') {
      const consents = Object.fromEntries(p.records.map((r) => [r.purpose, describeRecord(r.after, now)!]));
      diff.added.push({ key: p.key, name, consents });
      continue;
    }
    const lost = p.records.filter((r) => r.lost).map((r) => r.purpose);
    if (lost.length) diff.withdrawn.push({ key: p.key, name, purposes: lost });
    const changes: ImportDiff['changed'][number]['changes'] = {};
    for (const [field, [from, to]] of Object.entries(p.detailChanges)) changes[field] = { from, to };
    if (p.leftAt === null) changes.left = { from: 'left', to: 'on roll' };
    for (const r of p.records.filter((c) => !c.lost)) {
      changes[r.purpose] = { from: describeRecord(r.before, now), to: describeRecord(r.after, now) };
    }
    if (Object.keys(changes).length) diff.changed.push({ key: p.key, name, changes });
  }
  return diff;
}

export function planImport(file: ParsedConsentFile, known: KnownPerson[], now: Date): ImportPlan {
  const byKey = new Map(known.filter((k) => k.kind === file.kind).map((k) => [k.key, k]));
  const people = file.people.flatMap((person) => planPerson(person, byKey.get(person.key), now) ?? []);
  const listed = new Set(file.people.map((p) => p.key));
  for (const k of byKey.values()) if (!k.leftAt && !listed.has(k.key)) people.push(planLeaver(k, now));
  return {
    people,
    diff: diffOf(people, file.people.length - people.filter((p) => p.status !== 'left').length, now),
  };
}

/** Withdrawal by hand of some purposes (all platforms, or just those given); nothing if nothing was held. */
export function planWithdrawal(
  known: KnownPerson,
  purposes: readonly ConsentPurpose[],
  platforms: PlatformName[] | undefined,
  now: Date,
): PersonPlan | undefined {
  const records = purposes.flatMap((purpose) => {
    const before = known.records.get(purpose);
    return before ? (changeOf(purpose, before, withdrawn(before, platforms, PLATFORMS, now), now) ?? []) : [];
  });
  return records.length ? recordsOnly(known, 'changed', records, now) : undefined;
}
