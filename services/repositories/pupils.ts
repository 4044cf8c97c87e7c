// The school's roster, as the text checks and consent rules see it.
import type { RosterPupil } from '../../policies/types.ts';
import type { Pupil } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export const asRosterPupil = (p: Pupil): RosterPupil => ({
  upn: p.upn,
  firstName: p.firstName,
  lastName: p.lastName,
  ...(p.preferredName ? { preferredName: p.preferredName } : {}),
  yearGroup: p.yearGroup,
  photoConsent: p.photoConsent,
  nameConsent: p.nameConsent,
});

export async function rosterOf(db: Db, schoolId: string): Promise<RosterPupil[]> {
  return (await db.pupil.findMany({ where: { schoolId } })).map(asRosterPupil);
}

export const pupilsOf = (db: Db, schoolId: string) =>
  db.pupil.findMany({ where: { schoolId }, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }] });

export const pupilsWithUpns = (db: Db, schoolId: string, upns: string[]) =>
  db.pupil.findMany({ where: { schoolId, upn: { in: upns } } });

export const pupilsWithIds = (db: Db, ids: string[]) => db.pupil.findMany({ where: { id: { in: ids } } });

export const findPupilOfSchool = (db: Db, schoolId: string, id: string) =>
  db.pupil.findFirst({ where: { id, schoolId } });
