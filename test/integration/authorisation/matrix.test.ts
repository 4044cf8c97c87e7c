// The authorisation matrix, generated from the route table: every route × every role × the
// caller's own school and another school (plus signed out) → allowed, or refused with 401/403/404.
// Isolation is proven here: the other school is in another trust, so not even the trust admin
// reaches it, and lists never carry its items.
import { describe, expect, it } from 'vitest';
import { routes } from '../../../services/api/routes/index.ts';
import type { ApiResponse } from '../../support/gatepost.ts';
import { gatepostWithSchools } from '../../support/gatepost-for-file.ts';
import { anonymous, makeDraft, type RoleName, roleNames, signIn } from '../../support/schools.ts';
import { type MatrixContext, type RouteAccess, routeAccess } from './route-access.ts';

const { gp, db, school: home, other } = gatepostWithSchools({ other: true });

type Scope = 'own' | 'other';
type Expectation = { statuses: number[]; noLeak?: boolean };

const keyOf = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

function expected(access: RouteAccess, caller: RoleName | undefined, scope: Scope): Expectation {
  const ok = [access.ok ?? 200];
  if (access.allow === 'public') return { statuses: ok };
  if (!caller) return { statuses: [401] };
  const allowed = access.allow === 'everyone' || access.allow.includes(caller);
  if (!allowed) return { statuses: [403, 404] };
  if (scope === 'own' || access.otherSchool === 'caller-only') return { statuses: ok };
  if (access.otherSchool === 'filtered') return { statuses: ok, noLeak: true };
  return { statuses: [403, 404] };
}

async function openStream(cookie: string | undefined, path: string): Promise<ApiResponse> {
  const abort = new AbortController();
  const res = await fetch(`${gp.url}${path}`, { headers: cookie ? { cookie } : {}, signal: abort.signal });
  const status = res.status;
  abort.abort();
  return { status, body: undefined, headers: res.headers };
}

async function call(access: RouteAccess, method: string, caller: RoleName | undefined, scope: Scope) {
  const school = scope === 'own' ? home : other;
  const ctx: MatrixContext = { gp, db, home };
  const target = await access.target(ctx, school, caller);
  const client = !caller
    ? undefined
    : access.freshSession
      ? await signIn(gp, `${caller}@${home.domain}`)
      : home.as[caller];
  if (access.stream) return openStream(client?.cookie, target.path);
  const res = await (client ?? anonymous(gp))(method.toUpperCase(), target.path, target.body);
  // Signing out everywhere also ends the shared client's session: give the role a new one.
  if (caller && access.freshSession) home.as[caller] = await signIn(gp, `${caller}@${home.domain}`);
  return res;
}

const cases = routes.flatMap((r) =>
  [...roleNames, undefined].flatMap((caller) =>
    (caller ? (['own', 'other'] as const) : (['own'] as const)).map((scope) => ({ route: r, caller, scope })),
  ),
);

describe('the route table', () => {
  it('gives every route an entry saying who may call it', () => {
    const missing = routes.map(keyOf).filter((key) => !routeAccess[key]);
    expect(missing).toEqual([]);
  });

  it(`has ${cases.length} cases (routes × roles × own/other school, plus signed out)`, () => {
    process.stderr.write(`authorisation matrix: ${routes.length} routes, ${cases.length} cases\n`);
    expect(cases.length).toBe(routes.length * (roleNames.length * 2 + 1));
  });
});

describe.each(routes.map((r) => [keyOf(r), r] as const))('%s', (key, r) => {
  it.each(
    cases.filter((c) => c.route === r).map((c) => [c.caller ?? 'signed out', c.scope, c.caller] as const),
  )('%s at %s school', async (_label, scope, caller) => {
    const access = routeAccess[key];
    if (!access) throw new Error(`${key} has no entry in route-access.ts`);
    const want = expected(access, caller, scope);
    const res = await call(access, r.method, caller, scope);
    expect(
      want.statuses,
      `${key} as ${caller ?? 'signed out'} (${scope}): ${JSON.stringify(res.body)}`,
    ).toContain(res.status);
    if (res.status >= 400 && !access.stream) expect(res.body.error.code).toEqual(expect.any(String));
    if (want.noLeak) {
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(other.schoolId);
      expect(text).not.toContain(other.accountId);
    }
  });
});

describe('a trust admin', () => {
  it('reaches a sibling school of their own trust, where another school’s headteacher does not', async () => {
    const sibling = await db.prisma.school.create({
      data: {
        trustId: (await db.prisma.school.findUniqueOrThrow({ where: { id: home.schoolId } })).trustId,
        name: 'Sibling Infants',
      },
    });
    await db.prisma.membership.create({
      data: { userId: home.userIds.trustadmin, schoolId: sibling.id, role: 'TRUST_ADMIN' },
    });
    const account = await db.prisma.account.create({
      data: { schoolId: sibling.id, platform: 'SANDBOX', handle: 'sibling-infants', status: 'ACTIVE' },
    });
    const draft = await makeDraft(db, { ...home, schoolId: sibling.id, accountId: account.id }, 'DRAFT');
    const trustAdmin = home.as.trustadmin;
    expect((await trustAdmin('GET', `/api/drafts/${draft.id}`)).status).toBe(200);
    expect((await home.as.head('GET', `/api/drafts/${draft.id}`)).status).toBe(404);
    const audit = await trustAdmin('GET', `/api/audit?subjectId=${draft.id}`);
    expect(audit.body.map((e: { action: string }) => e.action)).toContain('draft.create');
    expect((await home.as.head('GET', `/api/audit?subjectId=${draft.id}`)).body).toEqual([]);
  });
});
