// Who may call each API route, written once per route. The matrix test reads the route table
// and fails for any route missing here, so a new route cannot ship without saying who may use it.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../../services/adapters/db/database.ts';
import { issueEmailLink } from '../../../services/auth/email-links.ts';
import { openPolicyForm } from '../../../services/forms/policy-form.ts';
import { mediaLinkSigner } from '../../../services/media/public-link.ts';
import { authorise } from '../../../services/repositories/accounts.ts';
import { inTransaction } from '../../../services/repositories/db.ts';
import { createApiToken, createUser } from '../../../services/repositories/people.ts';
import { makeFollower } from '../../support/followers.ts';
import { PASSWORD, type TestGatepost } from '../../support/gatepost.ts';
import { makeMedia, smallPhoto } from '../../support/media.ts';
import { makeEscalation, makeReply, makeSandboxPost } from '../../support/replies.ts';
import { makeDraft, type RoleName, type SchoolFixture } from '../../support/schools.ts';

export interface MatrixContext {
  gp: TestGatepost;
  db: Database;
  /** The school the caller belongs to (the demo school). */
  home: SchoolFixture;
}

export interface Target {
  path: string;
  body?: unknown;
}

export interface RouteAccess {
  /** Demo-school roles that succeed on their own school's item ('everyone' = any signed-in person). */
  allow: readonly RoleName[] | 'everyone' | 'public';
  /**
   * Aimed at the other school's item: refused (403/404); a list answered without any of the
   * other school's items; or the route concerns only the caller, so both scopes are the same.
   */
  otherSchool: 'refused' | 'filtered' | 'caller-only';
  /** Status on success (default 200). */
  ok?: number;
  /** The request aimed at `school`'s item, made by `caller` (undefined when signed out). */
  target(ctx: MatrixContext, school: SchoolFixture, caller: RoleName | undefined): Promise<Target>;
  /** The call ends the caller’s sessions: the case gets its own, and the role a new one after. */
  freshSession?: boolean;
  /** Server-sent events: only the status is read. */
  stream?: boolean;
}

const heads = ['head', 'trustadmin'] as const;
const drafters = ['staff', 'officer'] as const;
const draftSeers = ['staff', 'officer', 'head', 'trustadmin'] as const;

const draftIn =
  (state: 'DRAFT' | 'AWAITING_APPROVAL', suffix = '', body?: (d: { contentHash: string }) => unknown) =>
  async ({ db }: MatrixContext, school: SchoolFixture): Promise<Target> => {
    const draft = await makeDraft(db, school, state);
    return { path: `/api/drafts/${draft.id}${suffix}`, ...(body ? { body: body(draft) } : {}) };
  };

/** A policy form requested by the school's staff member, as the API would leave it. */
const staffForm = async (db: Database, school: SchoolFixture, kind: 'ACCESS_REQUEST' | 'CONTENT_REPORT') =>
  (
    await inTransaction(db.prisma, (tx) =>
      openPolicyForm(tx, {
        kind,
        schoolId: school.schoolId,
        requesterId: school.userIds.staff,
        fields: { url: 'https://example.test/', urls: ['https://example.test/'], nature: 'x' },
      }),
    )
  ).id;

const makeOffender = (db: Database, school: SchoolFixture) =>
  db.prisma.offender.create({
    data: {
      accountId: school.accountId,
      authorId: randomUUID(),
      authorHandle: '@parent',
      count: 3,
      labels: ['abusive'],
    },
  });

/** A scanned photo on the school's staff draft; `suffix` and `body` make the request. */
const photoOf =
  (suffix = '', body?: (m: { faceId: string }) => unknown) =>
  async ({ gp, db }: MatrixContext, school: SchoolFixture): Promise<Target> => {
    const media = await makeMedia(gp, db, school);
    return { path: `/api/media/${media.mediaId}${suffix}`, ...(body ? { body: body(media) } : {}) };
  };

const fixed = (path: string, body?: unknown) => async (): Promise<Target> => ({
  path,
  ...(body === undefined ? {} : { body }),
});

export const routeAccess: Record<string, RouteAccess> = {
  'POST /api/session': {
    allow: 'public',
    otherSchool: 'caller-only',
    target: async (_ctx, school, caller) => ({
      path: '/api/session',
      body: { email: `${caller ?? 'staff'}@${school.domain}`, password: PASSWORD },
    }),
  },
  'DELETE /api/session': {
    allow: 'everyone',
    otherSchool: 'caller-only',
    ok: 204,
    freshSession: true,
    target: fixed('/api/session'),
  },
  'DELETE /api/sessions': {
    allow: 'everyone',
    otherSchool: 'caller-only',
    ok: 204,
    freshSession: true,
    target: fixed('/api/sessions'),
  },
  'GET /api/tokens': { allow: 'everyone', otherSchool: 'caller-only', target: fixed('/api/tokens') },
  'POST /api/tokens': {
    allow: 'everyone',
    otherSchool: 'caller-only',
    ok: 201,
    target: fixed('/api/tokens', { name: 'nightly export' }),
  },
  'DELETE /api/tokens/:id': {
    allow: 'everyone',
    // "Other school": a token of the other school's person in the same role, which nobody else may revoke.
    otherSchool: 'refused',
    target: async ({ db }, school, caller) => {
      const token = await createApiToken(db.prisma, {
        userId: school.userIds[caller ?? 'staff'],
        name: 'matrix',
        tokenHash: randomUUID(),
      });
      return { path: `/api/tokens/${token.id}` };
    },
  },
  'GET /api/me': { allow: 'everyone', otherSchool: 'caller-only', target: fixed('/api/me') },
  'GET /api/session/methods': {
    allow: 'public',
    otherSchool: 'caller-only',
    target: fixed('/api/session/methods'),
  },
  // The matrix instance has no OIDC settings, so both answer 404 (oidc.test.ts covers the round trip).
  'GET /api/session/oidc/start': {
    allow: 'public',
    otherSchool: 'caller-only',
    ok: 404,
    target: fixed('/api/session/oidc/start'),
  },
  'GET /api/session/oidc/callback': {
    allow: 'public',
    otherSchool: 'caller-only',
    ok: 404,
    target: fixed('/api/session/oidc/callback?code=c&state=s'),
  },
  'GET /api/accounts': { allow: 'everyone', otherSchool: 'filtered', target: fixed('/api/accounts') },
  'GET /api/accounts/:id/authorisations': {
    allow: heads,
    otherSchool: 'refused',
    target: async (_ctx, school) => ({ path: `/api/accounts/${school.accountId}/authorisations` }),
  },
  'POST /api/accounts/:id/authorisations': {
    allow: heads,
    otherSchool: 'refused',
    ok: 201,
    target: async (_ctx, school) => ({
      path: `/api/accounts/${school.accountId}/authorisations`,
      body: { userId: school.userIds.staff },
    }),
  },
  'DELETE /api/accounts/:id/authorisations/:userId': {
    allow: heads,
    otherSchool: 'refused',
    // The DSL's row is put back before each call (the DSL may never draft, so it changes nothing else).
    target: async ({ db }, school) => {
      await authorise(db.prisma, school.accountId, school.userIds.dsl, school.userIds.head);
      return { path: `/api/accounts/${school.accountId}/authorisations/${school.userIds.dsl}` };
    },
  },
  'POST /api/drafts': {
    allow: drafters,
    otherSchool: 'refused',
    ok: 201,
    target: async (_ctx, school) => ({
      path: '/api/drafts',
      body: { accountIds: [school.accountId], text: 'Book fair on Friday.' },
    }),
  },
  'GET /api/drafts': { allow: 'everyone', otherSchool: 'filtered', target: fixed('/api/drafts') },
  'GET /api/drafts/:id': { allow: draftSeers, otherSchool: 'refused', target: draftIn('DRAFT') },
  'GET /api/drafts/:id/versions': {
    allow: draftSeers,
    otherSchool: 'refused',
    target: draftIn('AWAITING_APPROVAL', '/versions'),
  },
  'PATCH /api/drafts/:id': {
    allow: drafters,
    otherSchool: 'refused',
    target: draftIn('DRAFT', '', () => ({ text: 'Book fair moved to Monday.' })),
  },
  'DELETE /api/drafts/:id': { allow: drafters, otherSchool: 'refused', target: draftIn('DRAFT') },
  'POST /api/drafts/:id/submit': {
    allow: drafters,
    otherSchool: 'refused',
    ok: 202,
    target: draftIn('DRAFT', '/submit'),
  },
  'POST /api/drafts/:id/approve': {
    allow: ['officer'],
    otherSchool: 'refused',
    target: draftIn('AWAITING_APPROVAL', '/approve', (d) => ({ contentHash: d.contentHash })),
  },
  'POST /api/drafts/:id/reject': {
    allow: ['officer'],
    otherSchool: 'refused',
    target: draftIn('AWAITING_APPROVAL', '/reject', () => ({ reason: 'Not for our page.' })),
  },
  'POST /api/drafts/:id/return': {
    allow: ['officer'],
    otherSchool: 'refused',
    target: draftIn('AWAITING_APPROVAL', '/return', () => ({ reason: 'Add the date.' })),
  },
  'POST /api/drafts/:id/override': {
    allow: heads,
    otherSchool: 'refused',
    target: async ({ db }, school) => {
      const findings = [{ ruleId: 'political.opinion', category: 'political', severity: 'BLOCK' as const }];
      const draft = await makeDraft(db, school, 'CHANGES_REQUIRED', { findings });
      return {
        path: `/api/drafts/${draft.id}/override`,
        body: { ruleIds: ['political.opinion'], reason: 'Reports the MP’s visit neutrally.' },
      };
    },
  },
  'PATCH /api/schools/:id/approval-policy': {
    allow: heads,
    otherSchool: 'refused',
    target: async (_ctx, school) => ({
      path: `/api/schools/${school.schoolId}/approval-policy`,
      body: { secondApproverRole: null },
    }),
  },
  'POST /api/checks/text': {
    allow: ['staff', 'officer', 'head', 'trustadmin'],
    otherSchool: 'refused',
    target: async (_ctx, school) => ({
      path: '/api/checks/text',
      body: { text: 'Sports day!', accountIds: [school.accountId] },
    }),
  },
  'POST /api/drafts/:id/media': {
    allow: drafters,
    otherSchool: 'refused',
    ok: 201,
    target: async ({ db }, school) => {
      const draft = await makeDraft(db, school, 'DRAFT');
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(await smallPhoto())]), 'card.jpg');
      form.set('altText', 'A blue test card on a table');
      form.set('source', 'TAKEN_BY_STAFF');
      return { path: `/api/drafts/${draft.id}/media`, body: form };
    },
  },
  'PATCH /api/media/:id': {
    allow: drafters,
    otherSchool: 'refused',
    target: photoOf('', () => ({ altText: 'A blue card on the classroom table' })),
  },
  'POST /api/media/:id/regions': {
    allow: ['officer'],
    otherSchool: 'refused',
    target: photoOf('/regions', () => ({ regions: [] })),
  },
  'POST /api/media/:id/faces/:faceId/link': {
    allow: drafters,
    otherSchool: 'refused',
    target: async (ctx, school) => {
      const media = await makeMedia(ctx.gp, ctx.db, school);
      return { path: `/api/media/${media.mediaId}/faces/${media.faceId}/link`, body: { pupilId: null } };
    },
  },
  'DELETE /api/media/:id': { allow: drafters, otherSchool: 'refused', ok: 204, target: photoOf() },
  'GET /api/media/:id/processed': {
    allow: draftSeers,
    otherSchool: 'refused',
    target: photoOf('/processed'),
  },
  'GET /api/media/:id/original': { allow: ['officer'], otherSchool: 'refused', target: photoOf('/original') },
  'GET /api/public-media/:id': {
    allow: 'public',
    otherSchool: 'caller-only',
    target: async (ctx, school) => {
      const media = await makeMedia(ctx.gp, ctx.db, school);
      const link = new URL(mediaLinkSigner(ctx.gp.secretKey, ctx.gp.url).url(media.mediaId));
      return { path: `${link.pathname}${link.search}` };
    },
  },
  'GET /api/sandbox/accounts/:id/posts': {
    allow: ['staff', 'officer', 'head', 'ict', 'trustadmin'],
    otherSchool: 'refused',
    target: async (_ctx, school) => ({ path: `/api/sandbox/accounts/${school.accountId}/posts` }),
  },
  'GET /api/audit': {
    allow: heads,
    otherSchool: 'filtered',
    target: async ({ db }, school) => ({
      path: `/api/audit?subjectId=${(await makeDraft(db, school, 'DRAFT')).id}`,
    }),
  },
  'GET /api/audit.csv': {
    allow: heads,
    otherSchool: 'filtered',
    target: async ({ db }, school) => ({
      path: `/api/audit.csv?subjectId=${(await makeDraft(db, school, 'DRAFT')).id}`,
    }),
  },
  'POST /api/consent/import': {
    allow: ['officer', ...heads],
    otherSchool: 'refused',
    target: async (_ctx, school) => ({
      path: `/api/consent/import?dryRun=true&schoolId=${school.schoolId}`,
      body: { csv: 'upn,first_name,last_name,year_group\nW383229125056,Ezra,Adeyemi,Reception\n' },
    }),
  },
  'POST /api/consent/withdraw': {
    allow: ['officer', ...heads],
    otherSchool: 'refused',
    // A purpose the demo pupil never consented to: allowed callers get 200 and change nothing.
    target: async (_ctx, school) => ({
      path: '/api/consent/withdraw',
      body: { schoolId: school.schoolId, upn: 'P823741005101', purposes: ['video_social'] },
    }),
  },
  'GET /api/pupils': {
    allow: ['officer', 'dsl', ...heads],
    otherSchool: 'refused',
    target: async (_ctx, school) => ({ path: `/api/pupils?schoolId=${school.schoolId}` }),
  },
  'GET /api/consent/staff': {
    allow: ['officer', 'dsl', ...heads],
    otherSchool: 'refused',
    target: async (_ctx, school) => ({ path: `/api/consent/staff?schoolId=${school.schoolId}` }),
  },
  'POST /api/drafts/:id/takedown': {
    allow: ['officer'],
    otherSchool: 'refused',
    ok: 202,
    // Put straight into TAKEDOWN_REQUESTED (nothing was published, so confirming finishes at once).
    target: async ({ db }, school) => {
      const draft = await makeDraft(db, school, 'AWAITING_APPROVAL');
      await db.prisma.draft.update({ where: { id: draft.id }, data: { state: 'TAKEDOWN_REQUESTED' } });
      return { path: `/api/drafts/${draft.id}/takedown` };
    },
  },
  // Issue 8: connecting accounts, publishing calendar, retry, notices. The demo school's account is
  // the sandbox, which needs no credentials: reaching that refusal (409) proves the caller got past
  // the authorisation check, which is what this matrix is about.
  'POST /api/accounts/:id/credentials': {
    allow: ['ict'],
    otherSchool: 'refused',
    ok: 409,
    target: async (_ctx, school) => ({
      path: `/api/accounts/${school.accountId}/credentials`,
      body: { credentials: { pageId: '1', pageAccessToken: 'x' } },
    }),
  },
  'POST /api/accounts/:id/x/connect': {
    allow: ['ict'],
    otherSchool: 'refused',
    ok: 409,
    target: async (_ctx, school) => ({ path: `/api/accounts/${school.accountId}/x/connect` }),
  },
  'POST /api/accounts/:id/test': {
    allow: ['officer', 'ict', 'head', 'trustadmin'],
    otherSchool: 'refused',
    target: async (_ctx, school) => ({ path: `/api/accounts/${school.accountId}/test` }),
  },
  'GET /api/accounts/:id/connection': {
    allow: 'everyone',
    otherSchool: 'refused',
    target: async (_ctx, school) => ({ path: `/api/accounts/${school.accountId}/connection` }),
  },
  // No sign-in was started, so everyone is told to start again (409) — but only once signed in.
  'GET /api/accounts/x/callback': {
    allow: 'everyone',
    otherSchool: 'caller-only',
    ok: 409,
    target: fixed('/api/accounts/x/callback?code=abc&state=unknown'),
  },
  'GET /api/notices': { allow: 'everyone', otherSchool: 'filtered', target: fixed('/api/notices') },
  'GET /api/calendar': {
    allow: 'everyone',
    otherSchool: 'filtered',
    target: fixed('/api/calendar?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z'),
  },
  'POST /api/drafts/:id/retry': {
    allow: ['officer'],
    otherSchool: 'refused',
    target: async ({ db }, school) => {
      const draft = await makeDraft(db, school, 'AWAITING_APPROVAL');
      await db.prisma.draft.update({ where: { id: draft.id }, data: { state: 'FAILED' } });
      return { path: `/api/drafts/${draft.id}/retry` };
    },
  },
  'GET /api/replies': {
    allow: ['officer', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/replies'),
  },
  'GET /api/abuse-log': {
    allow: ['officer', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/abuse-log'),
  },
  'GET /api/offenders': {
    allow: ['officer', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/offenders'),
  },
  'POST /api/replies/:id/unhide': {
    allow: ['officer'],
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/replies/${(await makeReply(db, school, { hidden: true })).id}/unhide`,
      body: {},
    }),
  },
  'POST /api/replies/:id/relabel': {
    allow: ['officer'],
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/replies/${(await makeReply(db, school)).id}/relabel`,
      body: { labels: ['spam'] },
    }),
  },
  'POST /api/replies/:id/confirm': {
    allow: ['officer'],
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/replies/${(await makeReply(db, school)).id}/confirm`,
      body: {},
    }),
  },
  'POST /api/replies/:id/report': {
    allow: ['officer'],
    otherSchool: 'refused',
    ok: 201,
    target: async ({ db }, school) => ({
      path: `/api/replies/${(await makeReply(db, school)).id}/report`,
      body: { reason: 'Abuse of staff' },
    }),
  },
  'GET /api/schools/:id/reply-rules': {
    allow: ['officer', ...heads],
    otherSchool: 'refused',
    target: async (_ctx, school) => ({ path: `/api/schools/${school.schoolId}/reply-rules` }),
  },
  'POST /api/schools/:id/reply-rules': {
    allow: heads,
    otherSchool: 'refused',
    target: async (_ctx, school) => ({
      path: `/api/schools/${school.schoolId}/reply-rules`,
      body: { hideLabels: ['abusive', 'spam'], acknowledgeWithinMinutes: 60, offenderThreshold: 3 },
    }),
  },
  // Escalations reach only the roles they were sent to: these are sent to the DSL.
  'GET /api/escalations': {
    allow: ['dsl', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/escalations'),
  },
  'POST /api/escalations/:id/acknowledge': {
    allow: ['dsl'],
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/escalations/${(await makeEscalation(db, school)).id}/acknowledge`,
    }),
  },
  'POST /api/escalations/:id/outcome': {
    allow: ['dsl'],
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/escalations/${(await makeEscalation(db, school)).id}/outcome`,
      body: { outcome: 'Spoke to the family.' },
    }),
  },
  'POST /api/sandbox/accounts/:id/replies': {
    allow: ['staff', 'officer', 'head', 'ict', 'trustadmin'],
    otherSchool: 'refused',
    ok: 201,
    target: async ({ db }, school) => {
      await makeSandboxPost(db, school);
      return {
        path: `/api/sandbox/accounts/${school.accountId}/replies`,
        body: { author: '@parent', text: 'Lovely!' },
      };
    },
  },
  // §2: the marketing officer vets followers; the headteacher sees them.
  'GET /api/followers': {
    allow: ['officer', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/followers'),
  },
  'GET /api/followers/accounts': {
    allow: ['officer', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/followers/accounts'),
  },
  'POST /api/followers/:id/decision': {
    allow: ['officer'],
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/followers/${(await makeFollower(db, school)).id}/decision`,
      body: { decision: 'approve' },
    }),
  },
  'POST /api/followers/poll': {
    allow: ['officer'],
    otherSchool: 'refused',
    ok: 202,
    target: async (_ctx, school) => ({ path: '/api/followers/poll', body: { accountId: school.accountId } }),
  },
  'POST /api/sandbox/accounts/:id/followers': {
    allow: ['staff', 'officer', 'head', 'ict', 'trustadmin'],
    otherSchool: 'refused',
    ok: 201,
    target: async (_ctx, school) => ({
      path: `/api/sandbox/accounts/${school.accountId}/followers`,
      body: { handle: '@a_parent', displayName: 'A Parent' },
    }),
  },
  // Issue 12: each school's terms of use, read by those who draft and written by the officer.
  'GET /api/schools/:id/terms-of-use': {
    allow: draftSeers,
    otherSchool: 'refused',
    target: async (_ctx, school) => ({ path: `/api/schools/${school.schoolId}/terms-of-use` }),
  },
  'GET /api/schools/:id/terms-of-use/versions': {
    allow: draftSeers,
    otherSchool: 'refused',
    target: async (_ctx, school) => ({ path: `/api/schools/${school.schoolId}/terms-of-use/versions` }),
  },
  'POST /api/schools/:id/terms-of-use': {
    allow: ['officer'],
    otherSchool: 'refused',
    ok: 201,
    target: async (_ctx, school) => ({
      path: `/api/schools/${school.schoolId}/terms-of-use`,
      body: { warned: [{ term: 'raffle', reason: 'Check the licence' }] },
    }),
  },
  'PATCH /api/accounts/:id/authorisations/:userId': {
    allow: ['officer', ...heads],
    otherSchool: 'refused',
    target: async (_ctx, school) => ({
      path: `/api/accounts/${school.accountId}/authorisations/${school.userIds.staff}`,
      body: { trainedAt: new Date().toISOString().slice(0, 10) },
    }),
  },
  // The governors' report covers only the caller's own schools: the other school never appears.
  'GET /api/reports/governors': {
    allow: ['officer', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/reports/governors?from=2026-01-01&to=2026-12-31'),
  },
  'GET /api/reports/governors.csv': {
    allow: ['officer', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/reports/governors.csv?from=2026-01-01&to=2026-12-31'),
  },
  'GET /api/reports/governors.html': {
    allow: ['officer', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/reports/governors.html?from=2026-01-01&to=2026-12-31'),
  },
  'GET /api/reports/governors.pdf': {
    allow: ['officer', ...heads],
    otherSchool: 'filtered',
    target: fixed('/api/reports/governors.pdf?from=2026-01-01&to=2026-12-31'),
  },
  // §5: the headteacher's meeting with, and block of, a repeat offender of the school's account.
  'POST /api/offenders/:id/meeting': {
    allow: heads,
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/offenders/${(await makeOffender(db, school)).id}/meeting`,
      body: { heldAt: '2026-01-05', note: 'Met the parent.' },
    }),
  },
  'POST /api/offenders/:id/block': {
    allow: heads,
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/offenders/${(await makeOffender(db, school)).id}/block`,
    }),
  },
  'GET /api/events': {
    allow: 'everyone',
    otherSchool: 'caller-only',
    stream: true,
    target: fixed('/api/events'),
  },
  'GET /api/outbox': { allow: 'everyone', otherSchool: 'caller-only', target: fixed('/api/outbox') },
  'POST /api/forms': {
    allow: 'everyone',
    otherSchool: 'refused',
    ok: 201,
    target: async (_ctx, school) => ({
      path: '/api/forms',
      body: {
        kind: 'ACCESS_REQUEST',
        schoolId: school.schoolId,
        fields: {
          url: 'https://example.test/lesson',
          siteContent: 'A lesson video',
          reasons: 'Year 5 science',
        },
      },
    }),
  },
  'GET /api/forms': { allow: 'everyone', otherSchool: 'filtered', target: fixed('/api/forms') },
  'GET /api/forms/:id': {
    allow: ['staff', 'ict', 'head', 'trustadmin'],
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/forms/${await staffForm(db, school, 'ACCESS_REQUEST')}`,
    }),
  },
  'POST /api/forms/:id/steps': {
    allow: ['ict'],
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/forms/${await staffForm(db, school, 'CONTENT_REPORT')}/steps`,
      body: { action: 'recordAction', details: 'Blocked on the firewall.' },
    }),
  },
  'GET /api/forms/:id/record': {
    allow: ['staff', 'ict', 'head', 'trustadmin'],
    otherSchool: 'refused',
    target: async ({ db }, school) => ({
      path: `/api/forms/${await staffForm(db, school, 'ACCESS_REQUEST')}/record`,
    }),
  },
  'POST /api/invitations': {
    allow: heads,
    otherSchool: 'refused',
    ok: 201,
    target: async (_ctx, school) => ({
      path: '/api/invitations',
      body: { email: `invitee-${randomUUID()}@${school.domain}`, role: 'STAFF', schoolId: school.schoolId },
    }),
  },
  'POST /api/invitations/accept': {
    allow: 'public',
    otherSchool: 'caller-only',
    target: async ({ db, home }) => {
      const email = `joiner-${randomUUID()}@${home.domain}`;
      const { secret } = await issueEmailLink(db.prisma, {
        purpose: 'INVITATION',
        email,
        schoolId: home.schoolId,
        role: 'STAFF',
      });
      return {
        path: '/api/invitations/accept',
        body: { token: secret, password: 'kettle orbit marmalade', name: 'New Joiner' },
      };
    },
  },
  'POST /api/password-reset': {
    allow: 'public',
    otherSchool: 'caller-only',
    ok: 202,
    target: async (_ctx, school, caller) => ({
      path: '/api/password-reset',
      body: { email: `${caller ?? 'staff'}@${school.domain}` },
    }),
  },
  'POST /api/password-reset/complete': {
    allow: 'public',
    otherSchool: 'caller-only',
    target: async ({ db }) => {
      const email = `forgetful-${randomUUID()}@example.test`;
      const user = await createUser(db.prisma, { email, name: 'Forgetful', passwordHash: 'unset' });
      const { secret } = await issueEmailLink(db.prisma, {
        purpose: 'PASSWORD_RESET',
        email,
        userId: user.id,
      });
      return {
        path: '/api/password-reset/complete',
        body: { token: secret, password: 'lantern pebble harbour' },
      };
    },
  },
};
