// The browser tests drive the built dashboard, so build it first when dist/ is missing or
// older than any of its sources (including the API schemas and domain rules it imports).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const dashboard = path.join(root, 'services/dashboard');
const built = path.join(dashboard, 'dist/index.html');
const sources = [
  path.join(dashboard, 'src'),
  path.join(dashboard, 'index.html'),
  path.join(dashboard, 'vite.config.ts'),
  path.join(root, 'services/api/schemas.ts'),
  path.join(root, 'services/api/version-schemas.ts'),
  path.join(root, 'services/api/report-schemas.ts'),
  path.join(root, 'services/reports/governors-sections.ts'),
  path.join(root, 'services/domain'),
  // The editor checks photo descriptions with the policy's own rule.
  path.join(root, 'policies/media'),
];
const lockDir = '/tmp/gatepost-dashboard-build.lockdir';

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const stale = () => !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newestChange));

async function withLock<T>(work: () => T): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return work();
  } finally {
    rmdirSync(lockDir);
  }
}

export async function ensureDashboardBuilt(): Promise<void> {
  if (!stale()) return;
  await withLock(() => {
    if (!stale()) return;
    const run = spawnSync('npm', ['run', '--silent', 'build:dashboard'], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`dashboard build failed:\n${run.stdout}\n${run.stderr}`);
  });
}
