// A school's own settings.
import type { Role } from '../generated/prisma/enums.ts';
import type { Db } from './db.ts';

export const findSchool = (db: Db, id: string) => db.school.findUnique({ where: { id } });

export const setSecondApprover = (db: Db, id: string, role: Role | null) =>
  db.school.update({ where: { id }, data: { secondApproverRole: role } });
