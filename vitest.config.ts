import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A net for a hung test, not a speed check: a machine busy with other work runs the end-to-end tests several times slower.
    testTimeout: 120_000,
    // Each file's afterAll merges the coverage its spawned binaries wrote: on a busy machine that takes more than the 10 s default.
    hookTimeout: 120_000,
    // Most tests wait on a spawned binary, so a worker per core keeps every core busy (vitest's default leaves one idle).
    maxWorkers: Math.max(2, availableParallelism()),
    globalSetup: ['test/coverage-global.ts'],
    setupFiles: ['test/setup.ts'],
  },
});
