// Caps a process at a share of the CPU, as `cpus: 0.25` caps a compose container: on a 2-core
// box where one worker and PostgreSQL already fill both cores, capped workers are how added
// workers bring their own CPU the way added machines would. Needs a writable cgroup (root).
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PERIOD_US = 100_000;
const V1 = '/sys/fs/cgroup/cpu';
const V2 = '/sys/fs/cgroup';

export interface CpuCap {
  release(): void;
}

function hierarchy(): { root: string; limit: (dir: string, quotaUs: number) => void } | undefined {
  if (existsSync(path.join(V1, 'cpu.cfs_quota_us'))) {
    return {
      root: V1,
      limit: (dir, quotaUs) => {
        writeFileSync(path.join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
        writeFileSync(path.join(dir, 'cpu.cfs_quota_us'), String(quotaUs));
      },
    };
  }
  const controllers = path.join(V2, 'cgroup.controllers');
  if (existsSync(controllers) && readFileSync(controllers, 'utf8').split(/\s+/).includes('cpu')) {
    return {
      root: V2,
      limit: (dir, quotaUs) => {
        // A child group has cpu.max only once its parent hands the cpu controller down.
        const subtree = path.join(V2, 'cgroup.subtree_control');
        if (!readFileSync(subtree, 'utf8').split(/\s+/).includes('cpu')) writeFileSync(subtree, '+cpu');
        writeFileSync(path.join(dir, 'cpu.max'), `${quotaUs} ${PERIOD_US}`);
      },
    };
  }
  return undefined;
}

/** Undefined when this machine lets nobody cap processes (no cgroup, or not root). */
export function capCpu(pid: number, cores: number): CpuCap | undefined {
  const cgroups = hierarchy();
  if (!cgroups) return undefined;
  const dir = path.join(cgroups.root, `gatepost-bench-${pid}`);
  try {
    mkdirSync(dir);
    cgroups.limit(dir, Math.round(cores * PERIOD_US));
    writeFileSync(path.join(dir, 'cgroup.procs'), String(pid));
  } catch {
    if (existsSync(dir)) rmdirSync(dir);
    return undefined;
  }
  return {
    release: () => {
      // A cgroup can go only once its process has exited.
      try {
        rmdirSync(dir);
      } catch {}
    },
  };
}
