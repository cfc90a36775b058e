import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeOwnEntries, rawCoverageDirs } from './coverage-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Starts each run with no coverage left from the previous one, and merges what is left over at its end. */
export default function clearCoverage(): () => void {
  for (const folder of ['e2e', 'raw']) rmSync(path.join(ROOT, 'coverage', folder), { recursive: true, force: true });
  return () => {
    for (const dir of rawCoverageDirs(ROOT)) mergeOwnEntries(ROOT, dir, 'rest');
    rmSync(path.join(ROOT, 'coverage', 'raw'), { recursive: true, force: true });
  };
}
