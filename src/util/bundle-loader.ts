import * as path from 'node:path';
import { Script } from 'node:vm';

/*
 * The tool's own CommonJS loader, for its bundles, as Node's: each bundle runs once, with its own
 * module object, also in a cycle. It compiles each bundle with vm.Script, so that V8's compiled
 * code from an earlier run can be handed in (cachedData): the installed tool on Node 20 keeps it
 * in a private folder (util/compile-cache), the single executable carries it (sea/main).
 */

/** Where the bundles come from, and what their requires reach. */
export interface BundleHost {
  /** The text of a bundle. */
  read(name: string): string;
  /** V8's compiled code for the text last read of that bundle, when there is some. */
  cachedData(name: string): Buffer | undefined;
  /** The bundle that `id`, required from bundle `from`, names; undefined leaves it to `require`. */
  resolve(from: string, id: string): string | undefined;
  /** Node's require, for its built-in modules and whatever `resolve` leaves. */
  require(from: string, id: string): unknown;
  /** Each bundle once compiled; `cached` when V8 took the compiled code handed in. */
  compiled?(name: string, script: Script, cached: boolean): void;
}

type Wrapper = (exports: unknown, require: (id: string) => unknown, module: { exports: unknown }, filename: string, dirname: string) => unknown;

export class BundleLoader {
  private readonly modules = new Map<string, { exports: unknown }>();

  constructor(private readonly host: BundleHost) {}

  /** Runs a bundle once, as Node would, and gives its exports. */
  load(name: string): unknown {
    const known = this.modules.get(name);
    if (known) return known.exports;
    const module = { exports: {} as unknown };
    this.modules.set(name, module);
    const { host } = this;
    const source = host.read(name);
    const cachedData = host.cachedData(name);
    // Node's own wrapper, on the first line so that line numbers in stack traces stay right.
    const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
    const script = new Script(wrapped, { filename: name, ...(cachedData ? { cachedData } : {}) });
    host.compiled?.(name, script, cachedData !== undefined && !script.cachedDataRejected);
    const require = (id: string) => {
      const target = host.resolve(name, id);
      return target === undefined ? host.require(name, id) : this.load(target);
    };
    const wrapper = script.runInThisContext({ displayErrors: true }) as Wrapper;
    wrapper.call(module.exports, module.exports, require, module, name, path.dirname(name));
    return module.exports;
  }
}
