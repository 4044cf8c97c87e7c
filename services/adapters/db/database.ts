// Opens Gatepost's database: the PostgreSQL server at DATABASE_URL, or the embedded one.
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from '../../generated/prisma/client.ts';
import { openEmbeddedDatabase } from './embedded.ts';
import { postgresAdapter, postgresPool } from './postgres.ts';
import { applyMigrations } from './schema-engine.ts';

export type { PrismaClient };

export interface Database {
  prisma: PrismaClient;
  /** Applies pending migrations; returns their names. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
  embedded: boolean;
}

export interface DatabaseSettings {
  DATABASE_URL?: string | undefined;
  dataDir: string;
}

export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  let factory: SqlMigrationAwareDriverAdapterFactory;
  let closeFactory = async () => {};
  const url = settings.DATABASE_URL;
  if (url) {
    const pool = postgresPool(url);
    factory = postgresAdapter(pool);
    closeFactory = () => pool.end();
  } else {
    const embedded = await openEmbeddedDatabase(settings.dataDir);
    factory = embedded.factory;
    closeFactory = embedded.close;
  }
  const prisma = new PrismaClient({ adapter: factory });
  return {
    prisma,
    embedded: !url,
    async migrate() {
      if (!url) return applyMigrations(factory);
      // The engine holds a session-level advisory lock while migrating; ending its own pool
      // releases it at once instead of when an idle connection times out.
      const pool = postgresPool(url, 1);
      try {
        return await applyMigrations(postgresAdapter(pool));
      } finally {
        await pool.end();
      }
    },
    async close() {
      await prisma.$disconnect();
      await closeFactory();
    },
  };
}
