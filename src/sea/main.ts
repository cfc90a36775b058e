// The entry of the single executable (`npm run sea`). The executable carries the package's own
// bundles as assets (dist/cli.cjs and the chunks it loads on demand), so a command loads only
// what it needs, as the installed tool does, rather than one bundle with every library in it.
// A single executable's main script can require nothing but Node's built-in modules, so the
// bundles run here through the tool's own loader (util/bundle-loader), with V8's compiled code
// for them, made when the executable was built, as further assets (`cache/<bundle>`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as sea from 'node:sea';
import type { Script } from 'node:vm';
import { BundleLoader } from '../util/bundle-loader.js';

const inSea = sea.isSea();
// Run as a plain script from dist/sea/ while the executable is built: the package is two up.
const packageDir = path.resolve(__dirname, '..', '..');
const builtIn = createRequire(inSea ? process.execPath : __filename);
const scripts = new Map<string, Script>();

// Bundles by their path in the package (e.g. dist/chunks/init-x.cjs), relative requires between them.
const loader = new BundleLoader({
  read: (name) => (inSea ? sea.getAsset(name, 'utf8') : readFileSync(path.join(packageDir, name), 'utf8')),
  cachedData(name) {
    try {
      return inSea ? Buffer.from(sea.getAsset(`cache/${name}`)) : undefined;
    } catch {
      return undefined; // no compiled code for it: V8 compiles as usual
    }
  },
  resolve: (from, id) => (id.startsWith('.') ? path.posix.join(path.posix.dirname(from), id) : undefined),
  require: (_, id) => builtIn(id),
  compiled: (name, script) => scripts.set(name, script),
});

// While the executable is built (never inside it): keep the code this run compiled, per bundle.
const cacheOut = inSea ? undefined : process.env.ROLLOUT_SEA_CACHE_OUT;
if (cacheOut) {
  process.once('exit', () => {
    for (const [name, script] of scripts) writeFileSync(path.join(cacheOut, name.replace(/\//g, '__')), script.createCachedData());
  });
}

loader.load('dist/cli.cjs');
