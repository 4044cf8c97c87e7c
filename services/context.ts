// Everything a use-case or job handler may touch, built once per process.

import type { ChangeFeed } from './adapters/events.ts';
import type { Logger } from './adapters/logger.ts';
import type { PlatformDirectory } from './adapters/platforms/directory.ts';
import type { JobQueue } from './adapters/queue/job-queue.ts';
import type { Config } from './config.ts';
import type { PrismaClient } from './generated/prisma/client.ts';

export interface Services {
  config: Config;
  db: PrismaClient;
  queue: JobQueue;
  feed: ChangeFeed;
  log: Logger;
  platforms: PlatformDirectory;
  /** The origin people and platforms reach Gatepost at. */
  publicUrl: string;
}
