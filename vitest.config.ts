import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files that need their own copy of the modules they load: two replace a module with vi.mock
 * (one to count how often a moment is dated), one spies on Intl.NumberFormat, which a formatter
 * cached by an earlier file would never call.
 */
const ISOLATED = ['test/util/write.test.ts', 'test/report/html.test.ts', 'test/sources/sign-ins.test.ts'];

export default defineConfig({
  test: {
    // A net for a hung test, not a speed check: a machine busy with other work runs the end-to-end tests several times slower.
    testTimeout: 120_000,
    // Each file's afterAll merges the coverage its spawned binaries wrote: on a busy machine that takes more than the 10 s default.
    hookTimeout: 120_000,
    // Most tests wait on a spawned binary, so a worker per core keeps every core busy (vitest's default leaves one idle).
    maxWorkers: Math.max(2, availableParallelism()),
    globalSetup: ['test/coverage-global.ts'],
    setupFiles: ['test/setup.ts'],
    projects: [
      // The files a worker runs share the modules they load (src/, zod, yaml, the helpers) instead of loading
      // them again for each file, which took about half of a unit test file's time. No file leaves state behind
      // for the next: no stubbed globals or environment, and the setup file still runs before each one.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
