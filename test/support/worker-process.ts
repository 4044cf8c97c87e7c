// A `gatepost start` worker in its own process, so a test can kill it like a power cut would.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const bin = path.resolve(import.meta.dirname, '../../bin/gatepost.mjs');

export interface WorkerProcess {
  child: ChildProcess;
  /** SIGKILL: no shutdown hooks, jobs left mid-flight. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** Everything the process wrote to stderr (its logs) so far. */
  logs(): string;
}

export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  // e.g. GATEPOST_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a bench's workers.
  const nodeArgs = process.env.GATEPOST_WORKER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, bin, 'start'], {
    env: {
      ...process.env,
      ...env,
      ROLE: 'worker',
      ...(process.env.GATEPOST_TEST_WORKER_LOGS ? { LOG_LEVEL: 'debug' } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (process.env.GATEPOST_TEST_WORKER_LOGS) process.stderr.write(chunk);
      if (stderr.includes('workers are running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${stderr.slice(-500)}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    logs: () => stderr,
  };
}
