import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'policies/**/*.test.ts', 'services/**/*.test.ts', 'workers/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each get their own database and queue prefix, so they may run in parallel.
    fileParallelism: true,
    maxWorkers: 2,
    // .ci/run asks for a JSON report too, to print CI's "N passed, N failed" line.
    reporters: process.env.GATEPOST_VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.GATEPOST_VITEST_JSON ? { json: process.env.GATEPOST_VITEST_JSON } : {},
  },
});
