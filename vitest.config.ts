import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'policies/**/*.test.ts', 'services/**/*.test.ts', 'workers/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each get their own database and queue prefix, so they may run in parallel.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
