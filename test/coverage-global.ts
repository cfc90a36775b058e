import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Starts each run with no coverage left from the previous one. */
export default function clearCoverage(): void {
  rmSync(path.join(fileURLToPath(new URL('..', import.meta.url)), 'coverage', 'e2e'), { recursive: true, force: true });
}
