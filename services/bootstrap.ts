// Opens the database, Redis and queues for a process; `close` releases them in order.

import path from 'node:path';
import { credentialVault } from './accounts/credential-vault.ts';
import { platformOptions } from './accounts/platform-options.ts';
import { keyWarning, loadSecretKey } from './accounts/secret-key.ts';
import { openDatabase } from './adapters/db/database.ts';
import { ChangeFeed } from './adapters/events.ts';
import { createLogger } from './adapters/logger.ts';
import { mailerFor } from './adapters/mail/mailer.ts';
import { platformDirectory } from './adapters/platforms/directory.ts';
import { JobQueue } from './adapters/queue/job-queue.ts';
import { connectRedis, startRedis } from './adapters/queue/redis.ts';
import { LocalDirectoryStorage } from './adapters/storage/local-directory.ts';
import type { Config } from './config.ts';
import type { Services } from './context.ts';
import { mediaLinkSigner } from './media/public-link.ts';

export interface Runtime {
  services: Services;
  close(): Promise<void>;
}

export async function bootstrap(config: Config, options: { migrate?: boolean } = {}): Promise<Runtime> {
  const log = createLogger(config.LOG_LEVEL);
  // Before anything opens: a bad key file is a start-up error, not a failure at the first publish.
  const secretKey = loadSecretKey(config);
  const warning = keyWarning(config);
  if (warning) log.warn(warning);
  const vault = credentialVault(secretKey);
  const database = await openDatabase(config);
  try {
    if (options.migrate) {
      const applied = await database.migrate();
      if (applied.length) log.info({ applied }, 'database migrations applied');
    }
    const redis = await startRedis(config.REDIS_URL, config.dataDir);
    const publisher = connectRedis(redis);
    const queue = new JobQueue(redis, config.GATEPOST_QUEUE_PREFIX);
    const feed = new ChangeFeed(publisher, `${config.GATEPOST_QUEUE_PREFIX}:changes`);
    const publicUrl = config.GATEPOST_PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    const services: Services = {
      config,
      db: database.prisma,
      queue,
      feed,
      log,
      storage: new LocalDirectoryStorage(path.join(config.dataDir, 'media')),
      platforms: platformDirectory(
        database.prisma,
        publicUrl,
        platformOptions(config, vault, database.prisma),
      ),
      vault,
      redis: publisher,
      mailer: mailerFor(config),
      mediaLinks: mediaLinkSigner(secretKey, publicUrl),
      publicUrl,
    };
    return {
      services,
      async close() {
        await queue.close();
        await feed.close();
        publisher.disconnect();
        await redis.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
