import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';

/*
 * Node 20 compiles the tool's JavaScript from source on every run, and most of a short command's
 * time goes there. V8 can reuse what an earlier run compiled (a code cache), as Node 22's
 * module.enableCompileCache() does. This does the same for the tool's own bundles: it is written
 * after a run, so that it holds every function the run needed, not only the top level.
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does in Node 22. So does NODE_V8_COVERAGE:
 * cached code carries no block counters, and coverage would count whole functions as run.
 */

type Compile = (this: Module, content: string, filename: string, ...rest: unknown[]) => unknown;
type Wrapper = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => unknown;

interface CompiledScript {
  script: Script;
  cacheFile: string;
}

/** Caches compiled code for the CommonJS files under `bundleDir`; never throws. */
export function enableCompileCache(bundleDir: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_DISABLE_COMPILE_CACHE || env.NODE_V8_COVERAGE) return;
  const uid = process.getuid?.();
  const cacheDir = privateCacheDir(uid);
  if (!cacheDir) return;
  const fresh: CompiledScript[] = [];
  const proto = Module.prototype as unknown as { _compile: Compile };
  const compile = proto._compile;
  proto._compile = function (content, filename, ...rest) {
    if (!filename.startsWith(bundleDir + path.sep)) return compile.call(this, content, filename, ...rest);
    // Bundle names carry a hash of their content; size and time guard against edits by hand.
    const { size, mtimeMs } = statSync(filename);
    const cacheFile = path.join(cacheDir, `${path.basename(filename)}-${size}-${Math.trunc(mtimeMs)}`);
    const cachedData = readOwnFile(cacheFile, uid);
    const script = new Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (!cachedData || script.cachedDataRejected) fresh.push({ script, cacheFile });
    const wrapper = script.runInThisContext({ displayErrors: true }) as Wrapper;
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, path.dirname(filename));
  };
  // After the command, when nothing else is left to do; a run that ends with process.exit()
  // (a closed pipe) writes nothing, and the next run tries again.
  process.once('beforeExit', () => {
    if (fresh.length > 0) writeCaches(fresh).catch(() => undefined);
  });
}

async function writeCaches(scripts: CompiledScript[]): Promise<void> {
  const { writeFileAtomic } = await import('./write.js');
  for (const { script, cacheFile } of scripts) {
    await writeFileAtomic(cacheFile, script.createCachedData(), { force: true, mode: 0o600, durable: false }).catch(() => undefined);
  }
}

/**
 * A cache folder only this user can write to: compiled code read from a folder others can write
 * to would let them run code in this process. Made one level at a time, as Node 20's recursive
 * mkdir never returns for some places (a TMPDIR under /proc).
 */
function privateCacheDir(uid: number | undefined): string | undefined {
  const base = path.join(tmpdir(), `rollout-compile-cache-${uid ?? 'user'}`);
  const dir = path.join(base, `${process.version}-${process.arch}`);
  try {
    for (const d of [base, dir]) {
      try {
        mkdirSync(d, { mode: 0o700 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
      }
      const stat = lstatSync(d);
      if (!stat.isDirectory() || !ownedAndPrivate(stat, uid)) return undefined;
    }
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * The file's bytes if this user wrote it: checked on the open file itself (no symbolic link, no
 * second name, nobody else may write it), so that swapping folders after the check above changes
 * nothing. V8 checks little more than the source's length before running cached code.
 */
function readOwnFile(file: string, uid: number | undefined): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.nlink !== 1 || !ownedAndPrivate(stat, uid)) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function ownedAndPrivate(stat: Stats, uid: number | undefined): boolean {
  return (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
}
