import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A net for a hung test, not a speed check: a machine busy with other work runs the end-to-end tests several times slower.
    testTimeout: 120_000,
    globalSetup: ['test/coverage-global.ts'],
    setupFiles: ['test/setup.ts'],
  },
});
