import { afterAll } from 'vitest';
import { mergeOwnEntries, rawCoverageDir } from './coverage-files.js';
import { removeTempDirs, ROOT } from './helpers.js';

// Every binary the tests spawn writes V8 coverage; `npm test` then maps it back to src/.
// Only spawned processes inherit it, so coverage counts what the built CLI really ran.
const rawCoverage = rawCoverageDir(ROOT, String(process.pid));
process.env.NODE_V8_COVERAGE = rawCoverage;

afterAll(() => {
  removeTempDirs();
  // A pool slot runs one test file at a time, so its merged file has one writer.
  mergeOwnEntries(ROOT, rawCoverage, `worker-${process.env.VITEST_POOL_ID ?? process.pid}`);
});
