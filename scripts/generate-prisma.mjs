// Generates the Prisma client without letting the CLI fetch its native schema engine: this
// machine (and schools' air-gapped servers) cannot download it, and `generate` never needs it.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['--no-install', 'prisma', 'generate'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(r.status ?? 1);
