// A fresh PostgreSQL database per test file, so files run in parallel without seeing each other.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const ADMIN_URL = process.env.GATEPOST_TEST_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  /** Runs SQL as the superuser, e.g. to tamper with the audit trail on purpose. */
  sql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `gp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const client = new pg.Client({ connectionString: url });
  // A test that restarts its server on purpose must not die of this client's lost connection.
  client.on('error', () => undefined);
  await client.connect();
  return {
    url,
    name,
    sql: (text, values) => client.query(text, values),
    async drop() {
      await client.end();
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
