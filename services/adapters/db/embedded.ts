// The first-run database: PostgreSQL compiled to WebAssembly (PGlite) in the data directory.
// PGlite has one writer per directory; a second process would silently lose writes, so the
// directory is held under a lock file and a second opener is refused with a clear message.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';

export class DataDirLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(
          `The embedded database in ${path.dirname(lockPath)} is in use by another Gatepost process ` +
            `(pid ${holder}). Stop that process first, or set DATABASE_URL to share a PostgreSQL server.`,
        );
      }
      rmSync(lockPath, { force: true }); // left by a process that died
    }
  }
  throw new DataDirLockedError(`Could not lock ${lockPath}`);
}

interface ScriptRunner {
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
}

// pglite-prisma-adapter 0.7.2 starts a migration script without awaiting it, so a failing
// migration would surface as an unhandled rejection instead of failing `gatepost migrate`.
class AwaitingPGlite extends PrismaPGlite {
  constructor(private readonly db: PGlite) {
    super(db);
  }
  override async connect() {
    const adapter = await super.connect();
    const runner = adapter as unknown as ScriptRunner;
    runner.executeScript = async (script) => {
      try {
        await this.db.exec(script);
        // PGlite learns array types (Role[] …) when it opens; types a migration just made would
        // otherwise be sent as malformed literals until the next start.
        await this.db.refreshArrayTypes();
      } catch (error) {
        runner.onError(error);
      }
    };
    return adapter;
  }
}

export interface EmbeddedDatabase {
  factory: PrismaPGlite;
  close(): Promise<void>;
}

export async function openEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const release = takeLock(path.join(dataDir, 'pglite.lock'));
  try {
    const client = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
    return {
      factory: new AwaitingPGlite(client),
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
