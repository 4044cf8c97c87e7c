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
  await tx.pupil.createMany({
    data: added
      .filter((p) => p.kind === 'pupil')
      .map((p) => ({
        ...person(p),
        upn: p.key,
        preferredName: p.details.preferredName ?? null,
        yearGroup: p.details.yearGroup!,
        ...p.flags,
      })),
  });
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
  await tx.consentRecord.createMany({
    data: fresh.map(({ p, r }) => ({
      schoolId,
      ...owner(p),
      purpose: fromPurpose(r.purpose),
      ...recordData(r.after, by.now),
      source: p.source ?? by.source,
      recordedById: by.actorId,
    })),
  });
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
export const lapsedRecords = (db: Db, now: Date, take = 500) =>
  db.consentRecord.findMany({
    where: { expiresAt: { lte: now }, lapseHandledAt: null, grantedAt: { not: null }, withdrawnAt: null },
    include: { pupil: true, staff: true },
    take,
  });

export const markLapseHandled = (tx: Db, ids: string[], now: Date) =>
  tx.consentRecord.updateMany({ where: { id: { in: ids } }, data: { lapseHandledAt: now } });

/** Serialises consent changes of one school, so two imports cannot interleave. */
export async function lockSchoolConsent(tx: Db, schoolId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`consent:${schoolId}`}))`;
}
