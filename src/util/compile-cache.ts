import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync, type BigIntStats, type Stats } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Script } from 'node:vm';
import { BundleLoader, type BundleHost } from './bundle-loader.js';

/*
 * Most of a short command's time goes to compiling the tool's JavaScript. V8 can reuse what an
 * earlier run compiled (a code cache). The tool loads its own CommonJS bundles with vm.Script and
 * cachedData, written after a run so that it holds every function the run needed, not only the
 * top level. Node's module.enableCompileCache() (22.1 and later) writes its cache as a file is
 * compiled, before any of its functions ran, so every run compiled those again: on Node 24 a
 * gate-check spent about 25 ms more CPU with it. Public APIs only. NODE_DISABLE_COMPILE_CACHE=1
 * turns it off, as it does in Node 22. So does NODE_V8_COVERAGE: cached code carries no block
 * counters, and coverage would count whole functions as run.
 */

/**
 * Runs the CommonJS bundle `entry` (and the bundles it requires from its folder) with a cache of
 * compiled code where one can be kept safely, else plainly; never fails for the cache's sake.
 */
export function runCached(entry: string, env: NodeJS.ProcessEnv = process.env): void {
  // Set at all, even empty, NODE_DISABLE_COMPILE_CACHE turns it off, as in Node 22.
  const cacheDir = env.NODE_DISABLE_COMPILE_CACHE !== undefined || env.NODE_V8_COVERAGE ? undefined : privateCacheDir(process.getuid?.());
  if (!cacheDir) {
    nodeModule.createRequire(entry)(entry);
    return;
  }
  new BundleLoader(cachedBundles(path.dirname(entry), cacheDir, process.getuid?.())).load(entry);
}

/**
 * The tool's bundles read from `dir`, with compiled code from `cacheDir`. Files outside the
 * folder, Node's built-in modules and the file that called runCached (already loaded by Node) go
 * to Node's require.
 */
function cachedBundles(dir: string, cacheDir: string, uid: number | undefined): BundleHost {
  const cacheFiles = new Map<string, string>();
  /** Each bundle's identity on disk, taken from the open file its text was read from. */
  const identities = new Map<string, string>();
  const fresh: { script: Script; cacheFile: string }[] = [];
  const requires = new Map<string, NodeJS.Require>();
  const nodeRequire = (from: string) => requires.get(from) ?? requires.set(from, nodeModule.createRequire(from)).get(from)!;
  // After the command, when nothing else is left to do; a run that ends with process.exit()
  // (a closed pipe) writes nothing, and the next run tries again.
  process.once('beforeExit', () => {
    if (fresh.length === 0) return;
    for (const { script, cacheFile } of fresh.splice(0)) writePrivateFile(cacheFile, script.createCachedData());
    prune(cacheDir);
  });
  return {
    read(file) {
      const fd = openSync(file, 'r');
      try {
        identities.set(file, fileIdentity(fstatSync(fd, { bigint: true })));
        return readFileSync(fd, 'utf8');
      } finally {
        closeSync(fd);
      }
    },
    cachedData(file) {
      const cacheFile = path.join(cacheDir, `${path.basename(file)}-${identities.get(file)!}`);
      cacheFiles.set(file, cacheFile);
      return readOwnFile(cacheFile, uid);
    },
    resolve(from, id) {
      if (!id.startsWith('.')) return undefined;
      const target = path.resolve(path.dirname(from), id);
      return target.endsWith('.cjs') && target.startsWith(dir + path.sep) && !(target in nodeRequire(from).cache) ? target : undefined;
    },
    require: (from, id) => nodeRequire(from)(id),
    compiled(file, script, cached) {
      if (!cached) fresh.push({ script, cacheFile: cacheFiles.get(file)! });
    },
  };
}

/**
 * Which file, and which writing of it: an edited, rebuilt or reinstalled bundle never meets code
 * compiled from another. Git tells changed files the same way. The change time is set by the
 * system on every write and cannot be set back (an unpacked package sets the same modification
 * time on every release); hashing the text instead loaded node:crypto and cost about 3% of a
 * command's start-up.
 */
function fileIdentity(stat: BigIntStats): string {
  return [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].map((n) => n.toString(36)).join('-');
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

/** A new private file under its final name only when complete; no fsync: a lost cache is rebuilt. */
function writePrivateFile(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    try {
      for (let at = 0; at < data.length; ) at += writeSync(fd, data, at);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was left behind.
    }
  }
}

/**
 * Each build of the tool leaves files of its own: keep the newest, enough for every bundle of a few
 * installed versions. Fewer than one build's bundles, and running one command after another
 * pruned what the next needed: each run compiled afresh and wrote its cache again.
 */
export const MAX_CACHE_FILES = 400;

function prune(dir: string): void {
  try {
    const files = readdirSync(dir).map((name) => {
      const file = path.join(dir, name);
      return { file, time: lstatSync(file).mtimeMs };
    });
    files.sort((a, b) => b.time - a.time);
    for (const { file } of files.slice(MAX_CACHE_FILES)) unlinkSync(file);
  } catch {
    // Another run pruned at the same time; the next one tries again.
  }
}

function ownedAndPrivate(stat: Stats, uid: number | undefined): boolean {
  return (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
}
