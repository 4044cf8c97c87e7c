// Records the demo seed finds or creates by name, so seeding twice changes nothing new.
import type { Role } from '../generated/prisma/enums.ts';
import type { Db } from './db.ts';
import { grantRole } from './people.ts';

export async function seedSchool(db: Db, names: { trust: string; school: string; handle: string }) {
  const trust =
    (await db.trust.findFirst({ where: { name: names.trust } })) ??
    (await db.trust.create({ data: { name: names.trust } }));
  const school =
    (await db.school.findFirst({ where: { trustId: trust.id, name: names.school } })) ??
    (await db.school.create({ data: { trustId: trust.id, name: names.school } }));
  const account = await db.account.upsert({
    where: { platform_handle: { platform: 'SANDBOX', handle: names.handle } },
    create: { schoolId: school.id, platform: 'SANDBOX', handle: names.handle, status: 'ACTIVE' },
    update: {},
  });
  return { trust, school, account };
}

export async function upsertUser(
  db: Db,
  user: { email: string; name: string; passwordHash: string },
  schoolId: string,
  role: Role,
) {
  const saved = await db.user.upsert({
    where: { email: user.email },
    create: user,
    update: { passwordHash: user.passwordHash, name: user.name },
  });
  await grantRole(db, saved.id, schoolId, role);
  return saved;
}

export const countUsers = (db: Db) => db.user.count();
