import path from 'node:path';
import { afterAll } from 'vitest';
import { mergeOwnEntries, rawCoverageDir } from './coverage-files.js';
import { removeTempDirs, ROOT } from './helpers.js';

// Every binary the tests spawn writes V8 coverage; `npm test` then maps it back to src/.
// Only spawned processes inherit it, so coverage counts what the built CLI really ran.
const rawCoverage = rawCoverageDir(ROOT, String(process.pid));
process.env.NODE_V8_COVERAGE = rawCoverage;
const preload = `--require=${JSON.stringify(path.join(ROOT, 'test', 'coverage-preload.cjs'))}`;
if (!process.env.NODE_OPTIONS?.includes(preload)) process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ');

afterAll(() => {
  removeTempDirs();
  // A pool slot runs one test file at a time, so its merged file has one writer.
  mergeOwnEntries(ROOT, rawCoverage, `worker-${process.env.VITEST_POOL_ID ?? process.pid}`);
});
