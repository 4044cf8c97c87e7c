// Storage in a local directory, for a single server or a first run (`GATEPOST_DATA_DIR`).
// Files are private to the service user (0600, directories 0700) and written atomically: to a
// temporary name in the same directory, flushed, then renamed over the target.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { keySegments } from './keys.ts';
import type { StorageAdapter } from './types.ts';

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

export class LocalDirectoryStorage implements StorageAdapter {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathFor(key: string): string {
    const target = path.join(this.root, ...keySegments(key));
    // Belt and braces: keySegments already refuses every way out of the root.
    if (!target.startsWith(this.root + path.sep)) throw new Error('storage key escapes the storage root');
    return target;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathFor(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    // Temporary names start with a dot, which keys cannot, so they never collide with an object.
    const temporary = path.join(
      path.dirname(target),
      `.${path.basename(target)}.${randomBytes(6).toString('hex')}`,
    );
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await file.close();
    try {
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathFor(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }
}
