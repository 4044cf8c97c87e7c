// Schools as tests see them: the demo school and a second one in another trust, each with one
// signed-in client per role, so a test can prove one school's people never reach the other's.
import { type Database, openDatabase } from '../../services/adapters/db/database.ts';
import { DEMO_DOMAIN, seedDemo } from '../../services/demo/seed-demo.ts';
import { changeState } from '../../services/drafts/change-state.ts';
import { hashOf } from '../../services/drafts/draft-content.ts';
import { appendAudit } from '../../services/repositories/audit.ts';
import { inTransaction } from '../../services/repositories/db.ts';
import { createDraft } from '../../services/repositories/drafts.ts';
import { type Api, PASSWORD, request, type TestGatepost } from './gatepost.ts';

export const roleNames = ['staff', 'officer', 'head', 'dsl', 'ict', 'trustadmin'] as const;
export type RoleName = (typeof roleNames)[number];

export interface SchoolFixture {
  schoolId: string;
  accountId: string;
  domain: string;
  userIds: Record<RoleName, string>;
  as: Record<RoleName, Client>;
}

export const OTHER_DOMAIN = 'other.gatepost.test';

/** Signs in with email and password; the client sends the cookie and the app's own Origin. */
export type Client = Api & { cookie: string };

export async function signIn(gp: TestGatepost, email: string, password = PASSWORD): Promise<Client> {
  const res = await request(gp.url, 'POST', '/api/session', { email, password });
  if (res.status !== 200) throw new Error(`sign in ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const api: Api = (method, path, body) =>
    request(gp.url, method, path, body, { cookie, origin: new URL(gp.url).origin });
  return Object.assign(api, { cookie });
}

/** A request with no session at all. */
export const anonymous =
  (gp: TestGatepost): Api =>
  (method, path, body) =>
    request(gp.url, method, path, body);

async function clientsOf(gp: TestGatepost, domain: string) {
  const entries = await Promise.all(
    roleNames.map(async (r) => [r, await signIn(gp, `${r}@${domain}`)] as const),
  );
  return Object.fromEntries(entries) as Record<RoleName, Client>;
}

/** A direct handle on the test database, for factories and for tampering on purpose. */
export const openTestDatabase = (gp: TestGatepost): Promise<Database> =>
  openDatabase({ DATABASE_URL: gp.db.url, dataDir: `/tmp/${gp.prefix}` });

export async function demoSchool(gp: TestGatepost, db: Database): Promise<SchoolFixture> {
  const users = await db.prisma.user.findMany({ where: { email: { endsWith: `@${DEMO_DOMAIN}` } } });
  const userIds = Object.fromEntries(users.map((u) => [u.email.split('@')[0], u.id])) as Record<
    RoleName,
    string
  >;
  return {
    schoolId: gp.seeded.schoolId,
    accountId: gp.seeded.accountId,
    domain: DEMO_DOMAIN,
    userIds,
    as: await clientsOf(gp, DEMO_DOMAIN),
  };
}

/** A second school in a different trust, seeded like the demo one (users per role, account). */
export async function otherSchool(gp: TestGatepost, db: Database): Promise<SchoolFixture> {
  const seeded = await seedDemo(db.prisma, {
    password: PASSWORD,
    roster: [],
    names: { trust: 'Other Trust', school: 'Other Primary', handle: 'other-primary', domain: OTHER_DOMAIN },
  });
  return {
    schoolId: seeded.schoolId,
    accountId: seeded.accountId,
    domain: OTHER_DOMAIN,
    userIds: seeded.userIds as Record<RoleName, string>,
    as: await clientsOf(gp, OTHER_DOMAIN),
  };
}

const pathTo = {
  DRAFT: [],
  AWAITING_APPROVAL: ['submit', 'startChecks', 'awaitApproval'],
  CHANGES_REQUIRED: ['submit', 'startChecks', 'requireChanges'],
} as const;

/**
 * A draft by the school's staff member, moved through the real transition table (with audit)
 * to `state` without waiting for the workers' checks. Findings may be given for the content.
 */
export async function makeDraft(
  db: Database,
  school: SchoolFixture,
  state: keyof typeof pathTo = 'AWAITING_APPROVAL',
  options: {
    text?: string;
    author?: RoleName;
    findings?: { ruleId: string; category: string; severity: 'BLOCK' | 'WARN' }[];
  } = {},
) {
  const text = options.text ?? `School trip news ${Math.random().toString(36).slice(2)}`;
  const authorId = school.userIds[options.author ?? 'staff'];
  return inTransaction(db.prisma, async (tx) => {
    const accountIds = [school.accountId];
    const draft = await createDraft(tx, {
      schoolId: school.schoolId,
      authorId,
      text,
      scheduledAt: null,
      accountIds,
      contentHash: hashOf({ text, accountIds, scheduledAt: null }),
    });
    await appendAudit(tx, {
      schoolId: school.schoolId,
      actorId: authorId,
      action: 'draft.create',
      subjectType: 'draft',
      subjectId: draft.id,
      data: { contentHash: draft.contentHash, accountIds },
    });
    let current = draft.state;
    for (const action of pathTo[state]) {
      if (action === 'requireChanges' || action === 'awaitApproval') {
        await tx.finding.createMany({
          data: (options.findings ?? []).map((f) => ({
            ...f,
            draftId: draft.id,
            contentHash: draft.contentHash,
            clause: '§3',
            message: `Finding ${f.ruleId}`,
          })),
        });
      }
      current = await changeState(tx, {
        draft: { ...draft, state: current },
        action,
        actorId: action === 'submit' ? authorId : null,
      });
    }
    return { id: draft.id, contentHash: draft.contentHash, text };
  });
}
