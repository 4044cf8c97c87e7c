// One process runs what ROLE asks for: the API, the workers, or both (first run, small schools).

import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { runWorkers } from '../workers/run-workers.ts';
import { createApp } from './api/app.ts';
import { bootstrap } from './bootstrap.ts';
import type { Config } from './config.ts';

export interface Running {
  url: string;
  stop(): Promise<void>;
}

const dashboardDir = path.resolve(import.meta.dirname, 'dashboard/dist');

export async function startGatepost(
  config: Config,
  onReady?: (runtime: Awaited<ReturnType<typeof bootstrap>>) => Promise<void>,
): Promise<Running> {
  const runtime = await bootstrap(config, { migrate: true });
  const { services } = runtime;
  await onReady?.(runtime);
  const workers = config.ROLE === 'api' ? undefined : await runWorkers(services);
  let server: Server | undefined;
  let url = '';
  if (config.ROLE !== 'worker') {
    const app = createApp(services, existsSync(dashboardDir) ? dashboardDir : undefined);
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(config.PORT, () => resolve(s));
    });
    // Clients and proxies close idle connections first (undici after 4 s, load balancers ~60 s);
    // a server that closes first can race a request onto a dying socket (ECONNRESET).
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    url = config.GATEPOST_PUBLIC_URL ?? `http://localhost:${port}`;
  }
  return {
    url,
    async stop() {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server?.closeAllConnections();
      await workers?.close();
      await runtime.close();
    },
  };
}
