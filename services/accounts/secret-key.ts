// The key that seals platform credentials. Production sets GATEPOST_SECRET_KEY (the same on
// every api and worker process); a first run on embedded defaults keeps one in the data dir.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, ConfigError } from '../config.ts';

const KEY_BYTES = 32;

export const secretKeyFile = (dataDir: string) => path.join(dataDir, 'keys', 'credentials.key');

function readKeyFile(file: string): Buffer {
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new ConfigError(`${file} does not hold a 32-byte base64 key.`);
  return key;
}

/** Creates the key file once (0600, never overwritten: that would orphan every stored credential). */
function keyFromDataDir(dataDir: string): Buffer {
  const file = secretKeyFile(dataDir);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readKeyFile(file);
}

export function loadSecretKey(
  config: Pick<Config, 'GATEPOST_SECRET_KEY' | 'DATABASE_URL' | 'dataDir'>,
): Buffer {
  if (config.GATEPOST_SECRET_KEY) return Buffer.from(config.GATEPOST_SECRET_KEY, 'base64');
  if (config.DATABASE_URL) {
    // With a shared database, processes on other machines must decrypt what this one sealed,
    // so a key generated here would be wrong for them.
    throw new ConfigError(
      'Gatepost cannot start; fix these settings:\n' +
        '  GATEPOST_SECRET_KEY: required when DATABASE_URL is set — the same 32 random bytes in base64 ' +
        'on every api and worker process (generate with: openssl rand -base64 32)',
    );
  }
  return keyFromDataDir(config.dataDir);
}
