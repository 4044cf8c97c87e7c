// The school's roster, as the text checks and consent rules see it.
import type { RosterPupil } from '../../policies/types.ts';
import type { Db } from './db.ts';

export async function rosterOf(db: Db, schoolId: string): Promise<RosterPupil[]> {
  const rows = await db.pupil.findMany({ where: { schoolId } });
  return rows.map((p) => ({
    upn: p.upn,
    firstName: p.firstName,
    lastName: p.lastName,
    ...(p.preferredName ? { preferredName: p.preferredName } : {}),
    yearGroup: p.yearGroup,
    photoConsent: p.photoConsent,
    nameConsent: p.nameConsent,
  }));
}

export const pupilsOf = (db: Db, schoolId: string) =>
  db.pupil.findMany({ where: { schoolId }, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }] });

/** Inserts or updates by UPN; returns counts so an import can report what changed. */
export async function upsertPupils(db: Db, schoolId: string, pupils: RosterPupil[]) {
  const existing = new Map((await db.pupil.findMany({ where: { schoolId } })).map((p) => [p.upn, p]));
  let added = 0;
  let changed = 0;
  for (const p of pupils) {
    const data = {
      firstName: p.firstName,
      lastName: p.lastName,
      preferredName: p.preferredName ?? null,
      yearGroup: p.yearGroup,
      photoConsent: p.photoConsent,
      nameConsent: p.nameConsent,
    };
    const before = existing.get(p.upn);
    if (!before) {
      await db.pupil.create({ data: { schoolId, upn: p.upn, ...data } });
      added++;
    } else if (Object.entries(data).some(([k, v]) => before[k as keyof typeof data] !== v)) {
      await db.pupil.update({ where: { id: before.id }, data });
      changed++;
    }
  }
  return { added, changed, unchanged: pupils.length - added - changed };
}
