// Everything a use-case or job handler may touch, built once per process.

import type { Redis } from 'ioredis';
import type { CredentialVault } from './accounts/credential-vault.ts';
import type { ChangeFeed } from './adapters/events.ts';
import type { Logger } from './adapters/logger.ts';
import type { Mailer } from './adapters/mail/mailer.ts';
import type { PlatformDirectory } from './adapters/platforms/directory.ts';
import type { JobQueue } from './adapters/queue/job-queue.ts';
import type { StorageAdapter } from './adapters/storage/types.ts';
import type { Config } from './config.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { MediaLinkSigner } from './media/public-link.ts';

export interface Services {
  config: Config;
  db: PrismaClient;
  queue: JobQueue;
  feed: ChangeFeed;
  log: Logger;
  platforms: PlatformDirectory;
  /** Seals and opens platform credentials (AES-256-GCM); nothing else sees them in the clear. */
  vault: CredentialVault;
  /** Short-lived shared state (posting budgets, pending sign-ins); keys start with the queue prefix. */
  redis: Redis;
  /** Private object storage: photo originals and their anonymised versions. */
  storage: StorageAdapter;
  /** Outgoing email: SMTP when configured, else the local outbox. */
  mailer: Mailer;
  /** Short-lived public links to processed photos, for platforms that fetch images (Instagram). */
  mediaLinks: MediaLinkSigner;
  /** The origin people and platforms reach Gatepost at. */
  publicUrl: string;
}
