// Opens the database, Redis and queues for a process; `close` releases them in order.

import { openDatabase } from './adapters/db/database.ts';
import { ChangeFeed } from './adapters/events.ts';
import { createLogger } from './adapters/logger.ts';
import { platformDirectory } from './adapters/platforms/directory.ts';
import { JobQueue } from './adapters/queue/job-queue.ts';
import { connectRedis, startRedis } from './adapters/queue/redis.ts';
import type { Config } from './config.ts';
import type { Services } from './context.ts';

export interface Runtime {
  services: Services;
  close(): Promise<void>;
}

export async function bootstrap(config: Config, options: { migrate?: boolean } = {}): Promise<Runtime> {
  const log = createLogger(config.LOG_LEVEL);
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
      platforms: platformDirectory(database.prisma, publicUrl),
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
