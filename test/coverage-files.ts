import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeProcessCovs, type ProcessCov } from '@bcoe/v8-coverage';

// Each spawned binary writes 2-5 MB of V8 coverage, most of it Node's own modules and a copy of
// the bundles' source maps, and a full run spawns close to a thousand: kept whole, that fills a
// small CI disk. `c8 report` needs only the entries of the tool's own files, reads the maps from
// dist/, and reports the same from one merged file per worker as from every file apart.

/** Where the processes a test worker spawns write their coverage, until `mergeOwnEntries` takes it. */
export function rawCoverageDir(root: string, worker: string): string {
  return path.join(root, 'coverage', 'raw', worker);
}

/** Every worker's folder of raw coverage. */
export function rawCoverageDirs(root: string): string[] {
  const raw = path.join(root, 'coverage', 'raw');
  try {
    return readdirSync(raw).map((worker) => path.join(raw, worker));
  } catch {
    return [];
  }
}

/** Merges each finished coverage file of `rawDir` into coverage/e2e/`name`.json, keeping only the entries of dist/ and src/, and removes it. */
export function mergeOwnEntries(root: string, rawDir: string, name: string): void {
  let files: string[];
  try {
    files = readdirSync(rawDir).filter((file) => file.endsWith('.json')).map((file) => path.join(rawDir, file));
  } catch {
    return;
  }
  const own = ['dist', 'src'].map((folder) => `${pathToFileURL(path.join(root, folder)).href}/`);
  const merged = path.join(root, 'coverage', 'e2e', `${name}.json`);
  const covers: ProcessCov[] = [];
  try {
    covers.push(JSON.parse(readFileSync(merged, 'utf8')));
  } catch {
    // the worker's first file
  }
  const taken: string[] = [];
  for (const file of files) {
    let cover: ProcessCov;
    try {
      cover = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // still being written by a process that has not exited: the run's teardown takes it
    }
    covers.push({ result: cover.result.filter((script) => own.some((prefix) => script.url.startsWith(prefix))) });
    taken.push(file);
  }
  if (taken.length === 0) return;
  mkdirSync(path.dirname(merged), { recursive: true });
  writeFileSync(`${merged}.part`, JSON.stringify(mergeProcessCovs(covers)));
  renameSync(`${merged}.part`, merged);
  for (const file of taken) rmSync(file, { force: true });
}
