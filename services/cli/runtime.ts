// Shared by CLI commands that need the database: parse config, open, run, close.

import { type Database, openDatabase } from '../adapters/db/database.ts';
import { type Config, parseConfig } from '../config.ts';

export async function withDatabase<T>(work: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = parseConfig();
  const db = await openDatabase(config);
  try {
    return await work(db, config);
  } finally {
    await db.close();
  }
}

export const say = (line: string) => process.stderr.write(`${line}\n`);
