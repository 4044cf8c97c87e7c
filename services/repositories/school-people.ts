// Who holds which role at a school, and the trust's chair: the people escalations and notices reach.
import type { Role } from '../generated/prisma/client.ts';
import type { Db } from './db.ts';

export async function emailsOfRoles(db: Db, schoolId: string, roles: Role[]): Promise<string[]> {
  if (!roles.length) return [];
  const rows = await db.membership.findMany({
    where: { schoolId, role: { in: roles } },
    select: { user: { select: { email: true } } },
  });
  return [...new Set(rows.map((r) => r.user.email))];
}

export async function chairOfTrusteesEmail(db: Db, schoolId: string): Promise<string | null> {
  const school = await db.school.findUnique({ where: { id: schoolId }, select: { trust: true } });
  return school?.trust.chairOfTrusteesEmail ?? null;
}

/** Names the escalation route looks for: the headteacher's, and everyone else's on the staff. */
export async function schoolPeopleNames(db: Db, schoolId: string) {
  const [members, staff] = await Promise.all([
    db.membership.findMany({ where: { schoolId }, select: { role: true, user: { select: { name: true } } } }),
    db.staffMember.findMany({
      where: { schoolId, leftAt: null },
      select: { firstName: true, lastName: true },
    }),
  ]);
  const headNames = members.filter((m) => m.role === 'HEADTEACHER').map((m) => m.user.name);
  const staffNames = [
    ...members.filter((m) => m.role !== 'HEADTEACHER' && m.role !== 'TRUST_ADMIN').map((m) => m.user.name),
    ...staff.map((s) => `${s.firstName} ${s.lastName}`),
  ].filter((name) => !headNames.includes(name));
  return { headNames: [...new Set(headNames)], staffNames: [...new Set(staffNames)] };
}
