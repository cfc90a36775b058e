import { linkSync, renameSync, unlinkSync } from 'node:fs';
import { lstat, mkdir, opendir, rm, rmdir, stat as fsStat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { RolloutError } from './errors.js';
import { listed } from './lists.js';
import { writeNewFile } from './new-file.js';
import { duringSignals, interruption } from './signals.js';
import { WritingThread } from './writing-thread.js';

export interface OutputFile {
  /** Path relative to the output folder, with `/` separators. */
  name: string;
  content: string | Uint8Array;
}

export interface WriteOptions {
  force?: boolean;
  /** Aborted by SIGINT or SIGTERM: stop, leave no temporary file, say what was written. */
  signal?: AbortSignal;
  /** Writes from a worker thread (src/util/writing-thread.ts): for many files, each made while others are written. */
  threaded?: boolean;
}

/**
 * Files in flight at once: each waits on the disk in Node's thread pool while the caller makes
 * the next ones. The pool keeps its four threads: with 32, writing 1,210 messages cost more CPU
 * in hand-overs between threads than it saved in waiting.
 */
const CONCURRENCY = 32;

/**
 * Files handed to a writing thread and not yet on disk: their content waits in memory (as a dry
 * run holds all of it), and the caller only waits when the disk falls this far behind.
 */
const HANDED_OVER = 1024;

/**
 * A folder that holds more names than this is not kept in memory: each target in it is looked
 * up on its own.
 */
export const MAX_LISTED = 4096;

/** The tool's temporary files: `.NAME.<12 hex digits>.tmp` beside the file NAME. */
const TEMP = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Resolves a relative output name inside `dir`, refusing names that would leave it
 * (`..`, absolute paths, NUL bytes).
 */
export function resolveInside(dir: string, name: string): string {
  if (name.includes('\0')) throw new RolloutError(`refusing output name with a NUL byte: ${JSON.stringify(name)}`);
  if (path.isAbsolute(name) || /^[a-zA-Z]:/.test(name)) throw new RolloutError(`refusing absolute output name ${name}; names are relative to the output folder`);
  const root = path.resolve(dir);
  const target = path.resolve(root, name);
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new RolloutError(`refusing to write ${name}: it is outside the output folder ${dir}`);
  }
  return target;
}

const FS_PROBLEMS: Record<string, string> = {
  EEXIST: 'it already exists (use --force to overwrite)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOENT: 'files cannot be created there',
  EISDIR: 'a folder of that name exists',
};

export function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && FS_PROBLEMS[code]) ?? code ?? String(error);
}


/** Runs `task` on every item, at most `limit` at a time; stops starting new ones when `stop()` says so. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

interface Staged {
  name: string;
  target: string;
  temp: string;
  last: boolean;
  /** Renamed over the file there (with `force`, or as `add` was told), not linked. */
  replace: boolean;
}

export interface Committed {
  /** Names written, as given to `add`. */
  written: string[];
  /** SIGINT or SIGTERM stopped the commit before every file had its name. */
  interrupted: boolean;
}

/** How a target is named in a message: relative to where the command runs, or as given when it lies outside. */
function shown(target: string): string {
  const relative = path.relative(process.cwd(), target);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? target : relative;
}

function takenError(taken: string[]): RolloutError {
  return new RolloutError(`${taken.length === 1 ? `${taken[0]} already exists` : `${taken.length} files already exist (${listed(taken)})`}; nothing was written. Use --force to overwrite`);
}

/**
 * A set of files written in two steps, so that they appear together or not at all. `add` writes
 * each file to a temporary file in its target's own folder and flushes it to disk, several at a
 * time while the caller makes the next one; `commit` then gives each its final name. Without
 * `force` that is a hard link, which fails on a name that exists: nothing is ever replaced, not
 * even a file that appeared since `add` looked, and the names already given are then taken back.
 * With `force`, or for a file added with `replace`, it is a rename, after every new name is given. No file is ever partial under its final name, after an error, an
 * interruption or a power loss. `discard` removes every temporary file and the folders made for
 * them. Into a folder that does not exist yet, every file is written in a temporary folder beside
 * it, which `commit` renames to the folder's name: one call instead of two per file, and the files
 * appear all at once.
 */
export class StagedWrite {
  private readonly staged: Staged[] = [];
  private readonly taken: string[] = [];
  private readonly pending = new Set<Promise<void>>();
  /** Each target folder once: without `force`, the names in it when first seen (see `namesIn`). */
  private readonly folders = new Map<string, Promise<Set<string> | undefined>>();
  private readonly madeFolders: string[] = [];
  private failure: { name: string; error: unknown } | undefined;
  /** The temporary folder that becomes `dir`, when `dir` did not exist; decided at the first file. */
  private fresh: Promise<string | undefined> | undefined;
  /**
   * Numbers the temporary files: random for each write, then one up per file. Math.random, not
   * node:crypto, whose loading costs a one-file write more than the write (3-15 ms); a name taken
   * all the same fails to open, as files are created new.
   */
  private serial = Math.floor(Math.random() * 2 ** 48);
  private readonly thread: WritingThread | undefined;

  constructor(
    readonly dir: string,
    private readonly options: WriteOptions = {},
  ) {
    this.thread = options.threaded ? new WritingThread() : undefined;
  }

  /**
   * Starts writing one file; waits only while CONCURRENCY files are being written. A file added
   * with `last` gets its name after all others (an index, that lists them); one added with
   * `replace` takes the place of the file there, which the caller has checked it may replace.
   */
  async add(file: OutputFile, { last = false, replace = this.options.force ?? false } = {}): Promise<void> {
    const target = resolveInside(this.dir, file.name);
    if (this.failure || this.options.signal?.aborted) return;
    let present: Set<string> | undefined;
    /** In a new folder, the file's place in the temporary folder, under its own name: nothing there is taken. */
    let inFresh: string | undefined;
    try {
      const fresh = await (this.fresh ??= this.freshFolder());
      inFresh = fresh === undefined ? undefined : path.join(fresh, path.relative(path.resolve(this.dir), target));
      present = inFresh === undefined ? await this.folder(path.dirname(target)) : (await this.folder(path.dirname(inFresh)), new Set());
    } catch (error) {
      this.failure ??= { name: file.name, error };
      return;
    }
    // The folder's listing saves a look-up per file; `commit`'s link is the check that holds.
    if (!replace && (present ? present.has(path.basename(target)) : await exists(target))) {
      this.taken.push(shown(target));
      return;
    }
    if (this.taken.length > 0) return;
    const limit = this.thread ? HANDED_OVER : CONCURRENCY;
    while (this.pending.size >= limit) await Promise.race(this.pending);
    const staged = { name: file.name, target, temp: inFresh ?? this.tempBeside(target), last, replace };
    this.staged.push(staged);
    const task = (this.thread ? this.thread.write(staged.temp, file.content) : writeNewFile(staged.temp, file.content))
      .catch((error: unknown) => {
        this.failure ??= { name: file.name, error };
      })
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
    // A turn of the event loop, so that the files in flight go on to their next step (write,
    // flush, close) while the caller makes the next file, rather than once CONCURRENCY are waiting.
    // A writing thread needs none: a turn now and then lets SIGINT and SIGTERM be heard.
    if (!this.thread || this.staged.length % CONCURRENCY === 0) await new Promise(setImmediate);
  }

  /**
   * With `force`, removes the temporary files a killed run left in `dir`, as adding a file there
   * does: for a write that adds none (every file the same as before).
   */
  async clearLeftovers(): Promise<void> {
    const root = path.resolve(this.dir);
    if (this.options.force && (await exists(root))) await this.folder(root);
  }

  /**
   * When `dir` does not exist: the temporary folder made beside it (`.NAME.<12 hex digits>.tmp`,
   * with `dir`'s missing parents), which becomes `dir` at `commit`.
   */
  private async freshFolder(): Promise<string | undefined> {
    const root = path.resolve(this.dir);
    if (await exists(root)) return undefined;
    const parent = path.dirname(root);
    if (parent === root) return undefined;
    await this.folder(parent);
    // A folder too full to list is not searched: a leftover there stays, as in a folder not written again.
    await removeLeftovers(parent, 'folder', (name) => name === path.basename(root), MAX_LISTED);
    const temp = this.tempBeside(root);
    await this.folder(temp);
    return temp;
  }

  /** A new temporary name beside `target`: `.NAME.<12 hex digits>.tmp`. */
  private tempBeside(target: string): string {
    const number = (this.serial++ % 2 ** 48).toString(16).padStart(12, '0');
    return path.join(path.dirname(target), `.${path.basename(target)}.${number}.tmp`);
  }

  /** Makes a folder once, with its missing parents, or lists the one there; with `force`, clears the tool's stale temporary files in it. */
  private folder(dir: string): Promise<Set<string> | undefined> {
    let made = this.folders.get(dir);
    if (!made) this.folders.set(dir, (made = this.makeFolder(dir)));
    return made;
  }

  /**
   * One level at a time, through `folder` for the parent so that two files never make the same
   * folder: Node 20's recursive mkdir never returns for some paths where creation is refused
   * (such as under /proc).
   */
  private async makeFolder(dir: string): Promise<Set<string> | undefined> {
    const stat = await fsStat(dir).catch(() => undefined);
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`${dir} is a file`), { code: 'ENOTDIR' });
      if (!this.options.force) return namesIn(dir);
      await removeLeftovers(dir, 'file');
      return undefined;
    }
    const parent = path.dirname(dir);
    if (parent !== dir) await this.folder(parent);
    await mkdir(dir);
    this.madeFolders.push(dir);
    return new Set();
  }

  /**
   * Gives every file its final name once all are written. Throws (after removing the temporary
   * files) on any refusal or error, saying what was and was not written. An interruption stops
   * it between two files: some are written, the rest are not, and no temporary file is left.
   */
  async commit(): Promise<Committed> {
    await this.settle();
    if (this.taken.length > 0) {
      await this.discard();
      throw takenError(this.taken);
    }
    if (this.failure) {
      await this.discard();
      throw new RolloutError(`cannot write ${this.failure.name} in ${this.dir}: ${fsProblem(this.failure.error)}; nothing was written`);
    }
    const signal = this.options.signal;
    const fresh = await this.fresh;
    if (fresh !== undefined) return this.commitFolder(fresh);
    const total = this.staged.length;
    const named: Staged[] = [];
    let failed: { staged: Staged; error: unknown } | undefined;
    const stop = () => failed !== undefined || signal?.aborted === true;
    // One at a time, in this thread: the calls take microseconds, and each waits on the
    // folder's lock anyway; a trip through the thread pool would cost more than the call.
    // A turn of the event loop now and then lets SIGINT and SIGTERM be heard.
    // New names first: a file that appeared under one since `add` looked stops the commit before any file is replaced.
    const order = [...this.staged.filter((s) => !s.last && !s.replace), ...this.staged.filter((s) => !s.last && s.replace), ...this.staged.filter((s) => s.last)];
    for (let i = 0; i < order.length && !stop(); i++) {
      const s = order[i]!;
      try {
        if (s.replace) renameSync(s.temp, s.target);
        else linkSync(s.temp, s.target);
        named.push(s);
      } catch (error) {
        failed ??= { staged: s, error };
      }
      if (i % CONCURRENCY === CONCURRENCY - 1) await new Promise(setImmediate);
    }
    // Linking replaced nothing, so every name it gave can be taken back: all or nothing.
    const renamed = named.filter((s) => s.replace);
    const linkedKept = failed ? new Set(await takeBack(named.filter((s) => !s.replace))) : undefined;
    const kept = linkedKept ? named.filter((s) => s.replace || linkedKept.has(s)) : named;
    // A rename took its temporary name with it; a link left it to remove.
    this.removeTemps(new Set(renamed));
    if (kept.length === 0) await this.removeFolders();
    const written = kept.map((s) => s.name);
    if (failed) {
      const { staged, error } = failed;
      if (kept.length === 0 && (error as NodeJS.ErrnoException).code === 'EEXIST') throw takenError([shown(staged.target)]);
      throw new RolloutError(`cannot write ${staged.name} in ${this.dir}: ${fsProblem(error)}; ${kept.length === 0 ? 'nothing was written' : `${writtenOf(written, total)} before this`}`);
    }
    return { written, interrupted: written.length < total };
  }

  /**
   * Gives the temporary folder the output folder's name. A folder of that name made since the
   * first file (by someone else) is never replaced unless empty: then nothing is written.
   */
  private async commitFolder(fresh: string): Promise<Committed> {
    if (this.options.signal?.aborted) {
      await this.discard();
      return { written: [], interrupted: true };
    }
    try {
      renameSync(fresh, path.resolve(this.dir));
    } catch (error) {
      await this.discard();
      const code = (error as NodeJS.ErrnoException).code;
      const appeared = code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR';
      throw new RolloutError(`cannot write in ${this.dir}: ${appeared ? 'it was made by something else while the files were written' : fsProblem(error)}; nothing was written${appeared ? '; run again' : ''}`);
    }
    const written = this.staged.map((s) => s.name);
    this.staged.length = 0;
    return { written, interrupted: false };
  }

  /** Removes every temporary file and the folders made for them; writes nothing. */
  async discard(): Promise<void> {
    await this.settle();
    this.removeTemps();
    await this.removeFolders();
  }

  /** Waits for every file in flight; then the writing thread has done its part. */
  private async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.race(this.pending);
    this.thread?.close();
  }

  private async removeFolders(): Promise<void> {
    for (const d of this.madeFolders.splice(0).reverse()) await rmdir(d).catch(() => undefined);
  }

  private removeTemps(renamed?: ReadonlySet<Staged>): void {
    const left = this.staged.splice(0).filter((s) => !renamed?.has(s));
    for (const s of left) {
      try {
        unlinkSync(s.temp);
      } catch {
        // Never written, or already gone.
      }
    }
  }
}

/** The names in `dir`, read as far as MAX_LISTED; none past that. */
async function namesIn(dir: string): Promise<Set<string> | undefined> {
  const names = new Set<string>();
  for await (const entry of await opendir(dir, { bufferSize: 256 })) {
    if (names.size === MAX_LISTED) return undefined;
    names.add(entry.name);
  }
  return names;
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Removes the final names just given, each only while it is still the temporary file's (the
 * same file on disk). Returns those it could not remove.
 */
async function takeBack(named: Staged[]): Promise<Staged[]> {
  const kept: Staged[] = [];
  await eachLimited(named, CONCURRENCY, async (s) => {
    const [target, temp] = await Promise.all([lstat(s.target).catch(() => undefined), lstat(s.temp).catch(() => undefined)]);
    // Gone, or replaced since: not this write's to remove.
    if (target === undefined || temp === undefined || target.ino !== temp.ino || target.dev !== temp.dev) return;
    if (!(await unlink(s.target).then(() => true, () => false))) kept.push(s);
  });
  return kept;
}

/** `3 of 10 files were written (a.md, b.md, c.md)` */
export function writtenOf(written: string[], total: number): string {
  return `${written.length} of ${total} files were written${written.length ? ` (${listed(written)})` : ''}`;
}

/**
 * Removes what an earlier run left in `dir` (killed, or the machine stopped): only names the tool
 * makes (`.NAME.<hex>.tmp`, of a `NAME` that `of` accepts), only of `kind`, only made before this
 * run began, among the first `limit` entries. A temporary file never got its name; a temporary
 * folder holds only such files.
 */
async function removeLeftovers(dir: string, kind: 'file' | 'folder', of: (name: string) => boolean = () => true, limit = Infinity): Promise<void> {
  const started = Date.now() - process.uptime() * 1000;
  const entries = await opendir(dir, { bufferSize: 256 }).catch(() => []);
  let seen = 0;
  for await (const { name } of entries) {
    if (++seen > limit) break;
    const target = TEMP.exec(name)?.[1];
    if (target === undefined || !of(target)) continue;
    const leftover = path.join(dir, name);
    const stat = await lstat(leftover).catch(() => undefined);
    if (!stat || stat.mtimeMs >= started || (kind === 'file' ? !stat.isFile() : !stat.isDirectory())) continue;
    await rm(leftover, { recursive: kind === 'folder', force: true }).catch(() => undefined);
  }
}

/**
 * Writes a set of files into `dir`, all or none. Without `force`, every target must be new.
 * SIGINT and SIGTERM stop it cleanly (exit 130) unless the caller handles them.
 */
export async function writeFiles(dir: string, files: OutputFile[], options: WriteOptions = {}): Promise<string[]> {
  const write = async (signal: AbortSignal) => {
    const staged = new StagedWrite(dir, { ...options, signal });
    try {
      for (const file of files) await staged.add(file);
    } catch (error) {
      await staged.discard();
      throw error;
    }
    if (signal.aborted) {
      await staged.discard();
      throw interruption(signal, 'nothing was written');
    }
    const { written, interrupted } = await staged.commit();
    if (interrupted) throw interruption(signal, writtenOf(written, files.length));
    return written;
  };
  return options.signal ? write(options.signal) : duringSignals(write);
}

/** Writes a single output file given on the command line (`-o FILE`). */
export async function writeOutputFile(file: string, content: string, options: WriteOptions = {}): Promise<void> {
  if (file.includes('\0')) throw new RolloutError('refusing output name with a NUL byte');
  const target = path.resolve(file);
  if ((await lstat(target).catch(() => undefined))?.isDirectory() || file.endsWith('/') || file.endsWith(path.sep)) {
    throw new RolloutError(`${file} is a folder; give the name of the file to write in it`);
  }
  await writeFiles(path.dirname(target), [{ name: path.basename(target), content }], options);
}
