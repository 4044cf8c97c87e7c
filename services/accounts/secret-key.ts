// The key that seals platform credentials. Production sets GATEPOST_SECRET_KEY (the same on
// every api and worker process); otherwise one is kept in the data dir, which serves a single
// machine (embedded defaults, or api and workers sharing one data dir) and is warned about.
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

export function loadSecretKey(config: Pick<Config, 'GATEPOST_SECRET_KEY' | 'dataDir'>): Buffer {
  if (config.GATEPOST_SECRET_KEY) return Buffer.from(config.GATEPOST_SECRET_KEY, 'base64');
  return keyFromDataDir(config.dataDir);
}

/**
 * Why the key in use may be wrong for other processes: with a shared database, workers on other
 * machines must decrypt what this one sealed, so each would need this data dir's key file.
 */
export const keyWarning = (config: Pick<Config, 'GATEPOST_SECRET_KEY' | 'DATABASE_URL' | 'dataDir'>) =>
  config.DATABASE_URL && !config.GATEPOST_SECRET_KEY
    ? `GATEPOST_SECRET_KEY is not set: using ${secretKeyFile(config.dataDir)}. Every api and worker ` +
      'process on the shared database needs the same key: set GATEPOST_SECRET_KEY on all of them ' +
      '(openssl rand -base64 32) before running them on more than one machine.'
    : undefined;
