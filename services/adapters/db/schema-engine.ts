// Applies prisma/migrations with Prisma's own schema engine compiled to WebAssembly: the
// native engine would have to be downloaded, which schools' servers and CI cannot do.
// It writes the standard `_prisma_migrations` rows, so stock Prisma tooling agrees with it.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';

type Engine = Awaited<ReturnType<typeof bg.SchemaEngine.new>>;
type MigrationList = Parameters<Engine['applyMigrations']>[0]['migrationsList'];

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../prisma/migrations');
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../../prisma/schema.prisma');
const filters = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

function instantiateWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    // The .wasm file is not in the package's exports map; it sits beside the exported glue.
    const glue = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(glue), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

export async function openSchemaEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<Engine> {
  await instantiateWasm();
  const schema = await readFile(SCHEMA_FILE, 'utf8');
  const log = (line: string) => {
    if (process.env.GATEPOST_DEBUG_MIGRATIONS) process.stderr.write(`${line}\n`);
  };
  return bg.SchemaEngine.new(
    { datamodels: [[SCHEMA_FILE, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    entries.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(dir, name, 'migration.sql'), 'utf8').then(
          (ok) => ({ tag: 'ok' as const, value: ok }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  const lockPath = path.join(dir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  } as MigrationList;
}

/** Applies every migration not yet applied; returns the names applied now. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(factory);
  try {
    const migrationsList = await readMigrations();
    const result = await engine.applyMigrations({ migrationsList, filters });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that takes the database from the committed migrations to the current schema. */
export async function diffSchemaAgainstMigrations(factory: SqlMigrationAwareDriverAdapterFactory) {
  const engine = await openSchemaEngine(factory);
  try {
    const migrationsList = await readMigrations();
    await engine.devDiagnostic({ migrationsList, filters });
    const schema = await readFile(SCHEMA_FILE, 'utf8');
    const from =
      migrationsList.migrationDirectories.length === 0
        ? { tag: 'empty' as const }
        : { tag: 'migrations' as const, ...migrationsList };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_FILE, content: schema }] },
      script: true,
      exitCode: null,
      filters,
    });
    return result.stdout ?? '';
  } finally {
    engine.free();
  }
}

export const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');
