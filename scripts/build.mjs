// `npm run build`: the bundles of rolldown.config.mjs, reported in one line instead of rolldown's
// table of every file, so a first run shows the tool's output rather than the build's.
// The tool is built beside dist/ and moved in file by file, each renamed over its old copy, the
// chunks before the entry files that load them: a `rollout` run from this checkout while it
// builds (a linked install) finds whole bundles, never an empty folder.
import { Buffer } from 'node:buffer';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'rolldown';
import config from '../rolldown.config.mjs';

const DIST = 'dist';
const STAGED = 'dist.next';
/** bin/ loads main.cjs, which loads cli.cjs, which loads the chunks. */
const ENTRIES = ['cli.cjs', 'main.cjs'];

const started = performance.now();
rmSync(STAGED, { recursive: true, force: true });
const [tool] = await build(config.map((c) => (c.output.dir === DIST ? { ...c, output: { ...c.output, dir: STAGED } } : c)));
/** The files below `dir`, as paths relative to it. */
const filesIn = (dir, below = '') =>
  readdirSync(path.join(dir, below), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(dir, path.join(below, e.name)) : [path.join(below, e.name)]));
const order = (file) => ENTRIES.indexOf(file);
const built = filesIn(STAGED).sort((a, b) => order(a) - order(b));
for (const file of built) {
  mkdirSync(path.dirname(path.join(DIST, file)), { recursive: true });
  renameSync(path.join(STAGED, file), path.join(DIST, file));
}
const kept = new Set(built);
for (const file of filesIn(DIST)) if (!kept.has(file)) rmSync(path.join(DIST, file));
rmSync(STAGED, { recursive: true, force: true });
const files = tool.output.filter((f) => f.type === 'chunk');
const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.code), 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`built dist/: ${files.length} bundles, ${(bytes / 1e6).toFixed(1)} MB, in ${seconds} s\n`);
