// Property-based fuzzing of every JSON route in the route table: bodies, queries and path ids
// generated from each route's own zod schemas (mostly well-formed, sometimes wrong in one place),
// sent by each role. Whatever arrives, the answer is never a 500.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '../../services/api/route.ts';
import { routes } from '../../services/api/routes/index.ts';
import { request } from '../support/gatepost.ts';
import { signedInGatepost } from '../support/gatepost-for-file.ts';
import { arbitraryFor, toQueryString } from '../support/schema-arbitrary.ts';

const RUNS = Number(process.env.GATEPOST_FUZZ_RUNS ?? 25);
const roles = ['staff', 'officer', 'head', 'dsl', 'ict', 'trustadmin'] as const;
// Not JSON: the event stream, the multipart upload; and the two that end every session.
const skipped = new Set([
  'GET /api/events',
  'POST /api/drafts/:id/media',
  'DELETE /api/session',
  'DELETE /api/sessions',
]);
const fuzzed = routes.filter((r) => !skipped.has(`${r.method.toUpperCase()} ${r.path}`));

// One signed-in client per role, under the role's name.
const as = signedInGatepost({ role: 'api', as: roles });
const { gp } = as;
let ids: string[] = [];

beforeAll(async () => {
  const drafts = await Promise.all(
    ['Sports day is on Friday.', 'The library reopens on Monday.'].map(
      async (text) =>
        (await as.staff('POST', '/api/drafts', { accountIds: [gp.seeded.accountId], text })).body.id,
    ),
  );
  const { rows } = await gp.db.sql(`SELECT id FROM "User" UNION ALL SELECT id FROM "Pupil" LIMIT 20`);
  ids = [gp.seeded.accountId, gp.seeded.schoolId, ...drafts, ...rows.map((r) => r.id as string)];
});

function pathArbitrary(r: Route): fc.Arbitrary<string> {
  const params = r.path.match(/:\w+/g) ?? [];
  const value = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('not-an-id', '..%2F..%2Fetc', '%00', 'x'.repeat(300)) },
  );
  return fc
    .tuple(...params.map(() => value))
    .map((values) => params.reduce((p, name, i) => p.replace(name, encodeURI(values[i]!)), r.path));
}

describe('every JSON route, fuzzed from its schema', () => {
  it.each(fuzzed.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))(
    '%s never answers 500',
    async (_name, r) => {
      const failures: string[] = [];
      const property = fc.asyncProperty(
        fc.constantFrom(...roles),
        pathArbitrary(r),
        r.body ? arbitraryFor(r.body, ids) : fc.constant(undefined),
        r.query ? arbitraryFor(r.query, ids) : fc.constant(undefined),
        async (role, path, body, query) => {
          const url = query === undefined ? path : `${path}?${toQueryString(query)}`;
          const res = await as[role](r.method.toUpperCase(), url, body);
          if (res.status >= 500)
            failures.push(`${role} ${url} ${JSON.stringify(body)?.slice(0, 300)} → ${res.status}`);
          return res.status < 500;
        },
      );
      await fc.assert(property, { numRuns: RUNS, endOnFailure: true });
      expect(failures).toEqual([]);
    },
    300_000,
  );

  it('never answers 500 to raw bodies that are not JSON, or not what they say they are', async () => {
    const cookie = await (async () => {
      const res = await request(gp.url, 'POST', '/api/session', {
        email: 'officer@demo.gatepost.test',
        password: 'test-Passw0rd!',
      });
      return res.headers.get('set-cookie')!.split(';')[0]!;
    })();
    const withBody = fuzzed.filter((r) => r.body);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withBody),
        fc.oneof(
          fc.string(),
          fc.constantFrom('{', '[1,', '{"a":1}{', '\uFEFF{}', 'null', '"x"', '{"__proto__":{"x":1}}'),
        ),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/json; charset=latin1',
          'application/x-www-form-urlencoded',
        ),
        async (r, raw, type) => {
          const path = r.path.replace(/:\w+/g, gp.seeded.accountId);
          const res = await request(gp.url, r.method.toUpperCase(), path, raw, {
            'content-type': type,
            cookie,
            origin: new URL(gp.url).origin,
          });
          return res.status < 500;
        },
      ),
      { numRuns: RUNS * 8 },
    );
  }, 300_000);
});
