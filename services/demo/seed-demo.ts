// Demo data (DESIGN.md): a trust with one school, a sandbox account, one user per role, and a
// roster. Running it again updates the same records instead of adding copies.
import { randomBytes } from 'node:crypto';
import type { RosterPupil } from '../../policies/types.ts';
import { demoRoster } from '../../prisma/seed/demo-roster.ts';
import { hashPassword } from '../auth/passwords.ts';
import { rosterAsConsentFile } from '../consent/consent-csv.ts';
import { planImport } from '../consent/import-plan.ts';
import { recordConsent } from '../consent/record-consent.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { authorise } from '../repositories/accounts.ts';
import { appendAudit } from '../repositories/audit.ts';
import { knownPeople } from '../repositories/consent.ts';
import { inTransaction } from '../repositories/db.ts';
import { seedSchool, upsertUser } from '../repositories/demo.ts';

export const DEMO_DOMAIN = 'demo.gatepost.test';

const demoUsers: { local: string; name: string; role: Role }[] = [
  { local: 'staff', name: 'Sam Staff', role: 'STAFF' },
  { local: 'officer', name: 'Olivia Officer', role: 'MARKETING_OFFICER' },
  { local: 'head', name: 'Hari Head', role: 'HEADTEACHER' },
  { local: 'dsl', name: 'Dana DSL', role: 'DSL' },
  { local: 'ict', name: 'Ian ICT', role: 'ICT_TECHNICIAN' },
  { local: 'trustadmin', name: 'Tess Trust', role: 'TRUST_ADMIN' },
];

export const randomPassword = () => randomBytes(12).toString('base64url');

/** Who the demo is about; tests seed a second school under other names to prove isolation. */
export interface DemoNames {
  trust: string;
  school: string;
  handle: string;
  domain: string;
}

const demoNames: DemoNames = {
  trust: 'Demo Learning Trust',
  school: 'Demo Primary School',
  handle: 'demo-primary',
  domain: DEMO_DOMAIN,
};

export async function seedDemo(
  db: PrismaClient,
  options: { password: string; roster?: RosterPupil[]; names?: DemoNames },
) {
  const passwordHash = await hashPassword(options.password);
  const names = options.names ?? demoNames;
  return inTransaction(db, async (tx) => {
    const { school, account } = await seedSchool(tx, names);
    const users: Record<string, string> = {};
    for (const u of demoUsers) {
      const user = await upsertUser(
        tx,
        { email: `${u.local}@${names.domain}`, name: u.name, passwordHash },
        school.id,
        u.role,
      );
      users[u.local] = user.id;
    }
    // The staff and officer users may post to the sandbox account (DESIGN.md "Demo data").
    for (const local of ['staff', 'officer']) await authorise(tx, account.id, users[local]!, users.head!);
    // Through the consent log, so the demo pupils have consent records like imported ones.
    const now = new Date();
    const file = rosterAsConsentFile(options.roster ?? demoRoster);
    const plan = planImport(file, await knownPeople(tx, school.id), now);
    const by = { schoolId: school.id, actorId: null, source: 'demo seed', now, reason: 'demo seed' };
    await recordConsent(tx, plan.people, by);
    const { added, changed, leavers, unchanged } = plan.diff;
    const roster = { added: added.length, changed: changed.length, leavers: leavers.length, unchanged };
    await appendAudit(tx, {
      schoolId: school.id,
      actorId: null,
      action: 'demo.seed',
      subjectType: 'school',
      subjectId: school.id,
      data: { users: Object.keys(users), roster },
    });
    return {
      schoolId: school.id,
      accountId: account.id,
      users: Object.keys(users).map((u) => `${u}@${names.domain}`),
      userIds: users,
    };
  });
}
