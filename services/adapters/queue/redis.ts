// Redis for the queues: the server at REDIS_URL, or a private redis-server on a unix socket
// in the data directory when none is configured (first run on a laptop).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

export class RedisUnavailableError extends Error {}

export interface RedisEndpoint {
  /** Options for every ioredis connection BullMQ opens. */
  options: RedisOptions;
  stop(): Promise<void>;
}

// BullMQ's blocking commands need maxRetriesPerRequest: null; eviction would drop jobs.
const bullmqOptions: RedisOptions = { maxRetriesPerRequest: null, enableReadyCheck: true };

function redisServerBinary(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

async function waitForSocket(socket: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null)
      throw new RedisUnavailableError(`redis-server exited with ${child.exitCode}`);
    if (existsSync(socket)) return;
    await sleep(25);
  }
  throw new RedisUnavailableError('redis-server did not open its socket within 5 s');
}

export async function startRedis(url: string | undefined, dataDir: string): Promise<RedisEndpoint> {
  if (url) {
    const parsed = new URL(url);
    return {
      options: {
        ...bullmqOptions,
        host: parsed.hostname,
        port: Number(parsed.port || 6379),
        db: Number(parsed.pathname.slice(1) || 0),
        ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
        ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
        ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
      },
      stop: async () => {},
    };
  }
  const binary = redisServerBinary();
  if (!binary) {
    throw new RedisUnavailableError(
      'Gatepost needs Redis: install it (apt-get install redis-server, or brew install redis) or set REDIS_URL.',
    );
  }
  const dir = path.join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const socket = path.join(dir, 'redis.sock');
  // biome-ignore format: one flag per line reads better
  const child = spawn(binary, [
    '--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--dir', dir,
    '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction',
  ], { stdio: 'ignore' });
  await waitForSocket(socket, child);
  return {
    options: { ...bullmqOptions, path: socket },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export const connectRedis = (endpoint: RedisEndpoint) => new Redis(endpoint.options);

/** BullMQ declares its own option type; ioredis's options are what it passes on to ioredis. */
export const bullmqConnection = (endpoint: RedisEndpoint) => endpoint.options as ConnectionOptions;
