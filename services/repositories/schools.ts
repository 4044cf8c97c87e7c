// A school's own settings.
import type { Role } from '../generated/prisma/enums.ts';
import type { Db } from './db.ts';

/** Up to `take` schools: a single-school install needs no school named on the command line. */
export const someSchoolIds = async (db: Db, take: number) =>
  (await db.school.findMany({ select: { id: true }, take })).map((s) => s.id);

export const findSchool = (db: Db, id: string) => db.school.findUnique({ where: { id } });

export const setSecondApprover = (db: Db, id: string, role: Role | null) =>
  db.school.update({ where: { id }, data: { secondApproverRole: role } });
