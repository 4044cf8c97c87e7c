// The consent record log's storage: people (pupils, staff who may appear) and one record per
// person x purpose. Platforms are stored as the Platform enum and spoken lower-case elsewhere.
import { randomUUID } from 'node:crypto';
import type { PlatformName } from '../../policies/types.ts';
import type { RecordState } from '../consent/consent-change.ts';
import type { ConsentPurpose, ConsentRecordView } from '../consent/consent-rules.ts';
import type { KnownPerson, PersonPlan } from '../consent/import-plan.ts';
import type { Platform, Prisma, ConsentPurpose as StoredPurpose } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

const toPurpose = (p: StoredPurpose) => p.toLowerCase() as ConsentPurpose;
const fromPurpose = (p: ConsentPurpose) => p.toUpperCase() as StoredPurpose;
const toPlatforms = (ps: Platform[]) => ps.map((p) => p.toLowerCase() as PlatformName).sort();
const fromPlatforms = (ps: PlatformName[]) => ps.map((p) => p.toUpperCase() as Platform);

type StoredRecord = Prisma.ConsentRecordGetPayload<object>;

export const recordState = (r: StoredRecord): RecordState => ({
  platforms: toPlatforms(r.platforms),
  grantedAt: r.grantedAt,
  withdrawnAt: r.withdrawnAt,
  expiresAt: r.expiresAt,
});

export const recordView = (r: StoredRecord): ConsentRecordView => ({
  purpose: toPurpose(r.purpose),
  ...recordState(r),
});

const byPurpose = (records: StoredRecord[]) =>
  new Map(records.map((r) => [toPurpose(r.purpose), recordState(r)]));

/** Everyone the school's consent log knows, with their current records. */
export async function knownPeople(
  db: Db,
  schoolId: string,
  only?: { kind: 'pupil' | 'staff'; key: string },
): Promise<KnownPerson[]> {
  const [pupils, staff] = await Promise.all([
    only?.kind === 'staff'
      ? []
      : db.pupil.findMany({
          where: { schoolId, ...(only ? { upn: only.key } : {}) },
          include: { consents: true },
        }),
    only?.kind === 'pupil'
      ? []
      : db.staffMember.findMany({
          where: { schoolId, ...(only ? { email: only.key } : {}) },
          include: { consents: true },
        }),
  ]);
  return [
    ...pupils.map((p) => ({
      id: p.id,
      kind: 'pupil' as const,
      key: p.upn,
      details: {
        firstName: p.firstName,
        lastName: p.lastName,
        preferredName: p.preferredName,
        yearGroup: p.yearGroup,
      },
      leftAt: p.leftAt,
      records: byPurpose(p.consents),
      flags: { photoConsent: p.photoConsent, nameConsent: p.nameConsent },
    })),
    ...staff.map((s) => ({
      id: s.id,
      kind: 'staff' as const,
      key: s.email,
      details: { firstName: s.firstName, lastName: s.lastName },
      leftAt: s.leftAt,
      records: byPurpose(s.consents),
    })),
  ];
}

export interface Recorder {
  schoolId: string;
  actorId: string | null;
  source: string;
  now: Date;
}

// An expiry already past when written has its consequences applied by the same change.
const recordData = (r: RecordState, now: Date) => ({
  platforms: fromPlatforms(r.platforms),
  grantedAt: r.grantedAt,
  withdrawnAt: r.withdrawnAt,
  expiresAt: r.expiresAt,
  lapseHandledAt: r.expiresAt && r.expiresAt <= now ? now : null,
});

// A trust's first import adds thousands of rows: one INSERT ... SELECT FROM unnest(arrays) each
// (createMany costs a millisecond or more per row here). Timestamps travel as ISO text.
const iso = (d: Date | null) => d?.toISOString() ?? null;

function insertPupils(
  tx: Db,
  rows: { id: string; schoolId: string; firstName: string; lastName: string; plan: PersonPlan }[],
) {
  if (rows.length === 0) return Promise.resolve(0);
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  return tx.$executeRaw`
    INSERT INTO "Pupil" (id, "schoolId", upn, "firstName", "lastName", "preferredName", "yearGroup", "photoConsent", "nameConsent")
    SELECT * FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.schoolId)}::text[], ${col((r) => r.plan.key)}::text[],
      ${col((r) => r.firstName)}::text[], ${col((r) => r.lastName)}::text[], ${col((r) => r.plan.details.preferredName ?? null)}::text[],
      ${col((r) => r.plan.details.yearGroup!)}::text[], ${col((r) => !!r.plan.flags?.photoConsent)}::boolean[],
      ${col((r) => !!r.plan.flags?.nameConsent)}::boolean[])`;
}

interface NewRecord extends ReturnType<typeof recordData> {
  id: string;
  schoolId: string;
  pupilId: string | null;
  staffId: string | null;
  purpose: StoredPurpose;
  source: string;
  recordedById: string | null;
}

function insertRecords(tx: Db, rows: NewRecord[]) {
  if (rows.length === 0) return Promise.resolve(0);
  const col = <T>(f: (r: NewRecord) => T) => rows.map(f);
  return tx.$executeRaw`
    INSERT INTO "ConsentRecord" (id, "schoolId", "pupilId", "staffId", purpose, platforms, "grantedAt", "withdrawnAt",
      "expiresAt", source, "recordedById", "lapseHandledAt", "updatedAt")
    SELECT id, school, pupil, staff, purpose::"ConsentPurpose",
      CASE WHEN plats = '' THEN '{}'::"Platform"[] ELSE string_to_array(plats, ',')::"Platform"[] END,
      granted::timestamp, withdrawn::timestamp, expires::timestamp, source, recorder, lapse::timestamp, now()
    FROM unnest(${col((r) => r.id)}::text[], ${col((r) => r.schoolId)}::text[], ${col((r) => r.pupilId)}::text[],
      ${col((r) => r.staffId)}::text[], ${col((r) => r.purpose)}::text[], ${col((r) => r.platforms.join(','))}::text[],
      ${col((r) => iso(r.grantedAt))}::text[], ${col((r) => iso(r.withdrawnAt))}::text[], ${col((r) => iso(r.expiresAt))}::text[],
      ${col((r) => r.source)}::text[], ${col((r) => r.recordedById)}::text[], ${col((r) => iso(r.lapseHandledAt))}::text[])
      AS t(id, school, pupil, staff, purpose, plats, granted, withdrawn, expires, source, recorder, lapse)`;
}

/** Writes the planned people and records; returns each person's id (new ones are made here). */
export async function savePeople(
  tx: Db,
  plans: PersonPlan[],
  by: Recorder,
): Promise<Map<PersonPlan, string>> {
  const { schoolId } = by;
  const ids = new Map(plans.map((p) => [p, p.id ?? randomUUID()]));
  const added = plans.filter((p) => p.status === 'added');
  const person = (p: PersonPlan) => ({
    id: ids.get(p)!,
    schoolId,
    firstName: p.details.firstName!,
    lastName: p.details.lastName!,
  });
  await insertPupils(
    tx,
    added.filter((p) => p.kind === 'pupil').map((p) => ({ ...person(p), plan: p })),
  );
  await tx.staffMember.createMany({
    data: added.filter((p) => p.kind === 'staff').map((p) => ({ ...person(p), email: p.key })),
  });
  for (const p of plans.filter((plan) => plan.status !== 'added')) {
    const changes = {
      ...Object.fromEntries(Object.entries(p.detailChanges).map(([field, [, to]]) => [field, to])),
      ...(p.leftAt !== undefined ? { leftAt: p.leftAt } : {}),
    };
    if (p.kind === 'pupil') await tx.pupil.update({ where: { id: p.id! }, data: { ...changes, ...p.flags } });
    else if (Object.keys(changes).length)
      await tx.staffMember.update({ where: { id: p.id! }, data: changes });
  }
  const owner = (p: PersonPlan) => (p.kind === 'pupil' ? { pupilId: ids.get(p)! } : { staffId: ids.get(p)! });
  const fresh = plans.flatMap((p) => p.records.filter((r) => !r.before).map((r) => ({ p, r })));
  await insertRecords(
    tx,
    fresh.map(({ p, r }) => ({
      id: randomUUID(),
      schoolId,
      pupilId: p.kind === 'pupil' ? ids.get(p)! : null,
      staffId: p.kind === 'staff' ? ids.get(p)! : null,
      purpose: fromPurpose(r.purpose),
      ...recordData(r.after, by.now),
      source: p.source ?? by.source,
      recordedById: by.actorId,
    })),
  );
  for (const p of plans) {
    for (const r of p.records.filter((c) => c.before)) {
      await tx.consentRecord.updateMany({
        where: { ...owner(p), purpose: fromPurpose(r.purpose) },
        data: { ...recordData(r.after, by.now), source: p.source ?? by.source, recordedById: by.actorId },
      });
    }
  }
  return ids;
}

/** Current records of these pupils, for the consent rules. */
export async function consentsOfPupils(
  db: Db,
  pupilIds: string[],
): Promise<Map<string, ConsentRecordView[]>> {
  const records = await db.consentRecord.findMany({ where: { pupilId: { in: pupilIds } } });
  const map = new Map<string, ConsentRecordView[]>(pupilIds.map((id) => [id, []]));
  for (const r of records) map.get(r.pupilId!)?.push(recordView(r));
  return map;
}

export const pupilsWithConsents = (db: Db, schoolIds: string[]) =>
  db.pupil.findMany({
    where: { schoolId: { in: schoolIds } },
    include: { consents: { orderBy: { purpose: 'asc' } } },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
  });

export const staffWithConsents = (db: Db, schoolIds: string[]) =>
  db.staffMember.findMany({
    where: { schoolId: { in: schoolIds } },
    include: { consents: { orderBy: { purpose: 'asc' } } },
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }],
  });

/** Records whose expiry has come and whose consequences have not yet been applied. */
export const lapsedRecords = (db: Db, now: Date, schoolId?: string, take = 500) =>
  db.consentRecord.findMany({
    where: {
      ...(schoolId ? { schoolId } : {}),
      expiresAt: { lte: now },
      lapseHandledAt: null,
      grantedAt: { not: null },
      withdrawnAt: null,
    },
    take,
  });

/** Writes the roster flags the records now amount to. */
export const setRosterFlags = (
  tx: Db,
  pupilId: string,
  flags: { photoConsent: boolean; nameConsent: boolean },
) => tx.pupil.update({ where: { id: pupilId }, data: flags });

export const markLapseHandled = (tx: Db, ids: string[], now: Date) =>
  tx.consentRecord.updateMany({ where: { id: { in: ids } }, data: { lapseHandledAt: now } });

/** Serialises consent changes of one school, so two imports cannot interleave. */
export async function lockSchoolConsent(tx: Db, schoolId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`consent:${schoolId}`}))`;
}
