import path from 'node:path';
import { afterAll } from 'vitest';
import { removeTempDirs, ROOT } from './helpers.js';

// Every binary the tests spawn writes V8 coverage here; `npm test` then maps it back to src/.
// Only spawned processes inherit it, so coverage counts what the built CLI really ran.
process.env.NODE_V8_COVERAGE = path.join(ROOT, 'coverage', 'e2e');

afterAll(removeTempDirs);
