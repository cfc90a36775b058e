// The entry of the single executable (`npm run sea`). The executable carries the package's own
// bundles as assets (dist/cli.cjs and the chunks it loads on demand), so a command loads only
// what it needs, as the installed tool does, rather than one bundle with every library in it.
// A single executable's main script can require nothing but Node's built-in modules, so the
// bundles run here with a require of their own, with V8's compiled code for them, made when the
// executable was built, as further assets (`cache/<bundle>`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as sea from 'node:sea';
import { Script } from 'node:vm';

type Wrapper = (exports: unknown, require: (id: string) => unknown, module: { exports: unknown }, filename: string, dirname: string) => void;

const inSea = sea.isSea();
// Run as a plain script from dist/sea/ while the executable is built: the package is two up.
const packageDir = path.resolve(__dirname, '..', '..');
const builtIn = createRequire(inSea ? process.execPath : __filename);
const modules = new Map<string, { exports: unknown }>();
const scripts = new Map<string, Script>();

function cachedData(name: string): Buffer | undefined {
  try {
    return inSea ? Buffer.from(sea.getAsset(`cache/${name}`)) : undefined;
  } catch {
    return undefined; // no compiled code for it: V8 compiles as usual
  }
}

/** Runs a bundle (by its path in the package, e.g. dist/chunks/init-x.cjs) once, as Node would. */
function load(name: string): unknown {
  const known = modules.get(name);
  if (known) return known.exports;
  const module = { exports: {} as unknown };
  modules.set(name, module);
  const dir = path.posix.dirname(name);
  const text = inSea ? sea.getAsset(name, 'utf8') : readFileSync(path.join(packageDir, name), 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${text}\n})`, { filename: name, cachedData: cachedData(name) });
  scripts.set(name, script);
  const require = (id: string) => (id.startsWith('.') ? load(path.posix.join(dir, id)) : builtIn(id));
  (script.runInThisContext() as Wrapper).call(module.exports, module.exports, require, module, name, dir);
  return module.exports;
}

// While the executable is built (never inside it): keep the code this run compiled, per bundle.
const cacheOut = inSea ? undefined : process.env.ROLLOUT_SEA_CACHE_OUT;
if (cacheOut) {
  process.once('exit', () => {
    for (const [name, script] of scripts) writeFileSync(path.join(cacheOut, name.replace(/\//g, '__')), script.createCachedData());
  });
}

load('dist/cli.cjs');
