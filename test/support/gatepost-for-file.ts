// The whole product for one test file: started in beforeAll, stopped in afterAll, with the
// signed-in clients and schools the file asks for. Kept apart from gatepost.ts because the
// benchmarks import that file outside vitest.
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../services/adapters/db/database.ts';
import { type Api, startTestGatepost, type TestGatepost, type TestOptions } from './gatepost.ts';
import { demoSchool, openTestDatabase, otherSchool, type SchoolFixture } from './schools.ts';

/**
 * Stands for a value made in beforeAll, so a file can name it at the top and use it in its
 * tests and later hooks as if it were the value itself.
 */
export function madeBeforeAll<T extends object>(what: string, get: () => T | undefined): T {
  const value = () => {
    const made = get();
    if (!made) throw new Error(`${what} is made in beforeAll: use it inside a test or a later hook`);
    return made;
  };
  return new Proxy(() => {}, {
    get: (_, key) => {
      const made = value();
      const member = Reflect.get(made, key);
      return typeof member === 'function' ? member.bind(made) : member;
    },
    apply: (_, self, args) => Reflect.apply(value() as (...a: unknown[]) => unknown, self, args),
    // So `{ ...school, schoolId }` copies the value's own fields.
    has: (_, key) => Reflect.has(value(), key),
    ownKeys: () => Reflect.ownKeys(value()),
    getOwnPropertyDescriptor: (_, key) => {
      const field = Reflect.getOwnPropertyDescriptor(value(), key);
      return field && { ...field, configurable: true };
    },
  }) as unknown as T;
}

export interface FileGatepostOptions<Who extends string> extends Omit<TestOptions, 'env'> {
  /** As for startTestGatepost; a function when it needs what an earlier beforeAll started (a fake's address). */
  env?: Record<string, string> | (() => Record<string, string>);
  /** Demo users signed in once for the whole file, each as an API client under its own name. */
  as?: readonly Who[];
  /** Also open a direct handle on the test database (closed before the product stops). */
  database?: boolean;
}

export type FileGatepost<Who extends string> = { gp: TestGatepost; db: Database } & Record<Who, Api>;

/** `const { gp, staff, officer } = signedInGatepost({ roster, as: ['staff', 'officer'] })`. */
export function signedInGatepost<Who extends string = never>(
  options: FileGatepostOptions<Who> = {},
): FileGatepost<Who> {
  const { as = [], database, env, ...start } = options;
  let gp: TestGatepost | undefined;
  let db: Database | undefined;
  const clients = new Map<string, Api>();
  beforeAll(async () => {
    gp = await startTestGatepost({
      ...start,
      ...(env ? { env: typeof env === 'function' ? env() : env } : {}),
    });
    if (database) db = await openTestDatabase(gp);
    for (const who of as) clients.set(who, await gp.login(who));
  });
  afterAll(async () => {
    await db?.close();
    await gp?.stop();
  });
  const signedIn = Object.fromEntries(
    as.map((who) => [who, madeBeforeAll(`${who}'s client`, () => clients.get(who))]),
  ) as Record<Who, Api>;
  return {
    gp: madeBeforeAll('The test Gatepost', () => gp),
    db: madeBeforeAll('The test database (ask with database: true)', () => db),
    ...signedIn,
  };
}

/**
 * The demo school with a signed-in client per role (`school.as.head`), and with `other: true`
 * a second school in another trust, on one Gatepost with its database open.
 */
export function gatepostWithSchools(options: TestOptions & { other?: boolean } = {}): {
  gp: TestGatepost;
  db: Database;
  school: SchoolFixture;
  other: SchoolFixture;
} {
  const { other: withOther, ...start } = options;
  const { gp, db } = signedInGatepost({ ...start, database: true });
  let school: SchoolFixture | undefined;
  let other: SchoolFixture | undefined;
  beforeAll(async () => {
    school = await demoSchool(gp, db);
    if (withOther) other = await otherSchool(gp, db);
  });
  return {
    gp,
    db,
    school: madeBeforeAll('The demo school', () => school),
    other: madeBeforeAll('The other school (ask with other: true)', () => other),
  };
}
