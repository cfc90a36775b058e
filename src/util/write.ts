import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, link, unlink, lstat } from 'node:fs/promises';
import path from 'node:path';
import { RolloutError } from './errors.js';

export interface OutputFile {
  /** Path relative to the output folder, with `/` separators. */
  name: string;
  content: string | Uint8Array;
}

export interface WriteOptions {
  force?: boolean;
  /** Permissions of a new file; 0o644 unless said. */
  mode?: number;
  /** false skips the fsync: for files that may be lost in a crash, such as caches. */
  durable?: boolean;
}

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

/** A few names, then how many more: a message stays one readable line. */
function listed(names: string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a folder and its missing parents one level at a time. Node 20's recursive mkdir
 * never returns for some paths where creation is refused (such as under /proc).
 */
async function ensureDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  while (!(await exists(at))) {
    missing.unshift(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  if (missing.length > 0 && !(await lstat(at)).isDirectory()) throw Object.assign(new Error(`${at} is a file`), { code: 'ENOTDIR' });
  for (const d of missing) await mkdir(d);
}

/**
 * Writes one file atomically: a temporary file in the same folder, fsync, then rename.
 * Without `force` an existing file is never replaced, even if it appears meanwhile.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  await ensureDir(path.dirname(target));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', options.mode ?? 0o644);
  try {
    await handle.writeFile(content);
    if (options.durable !== false) await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    if (options.force) await rename(temp, target);
    else await link(temp, target);
  } finally {
    if (!options.force) await unlink(temp).catch(() => undefined);
  }
}

/**
 * Writes a set of files into `dir`. Every name is checked and, without `force`, every target
 * must be new before anything is written; a failure midway says what was and was not written.
 */
export async function writeFiles(dir: string, files: OutputFile[], options: WriteOptions = {}): Promise<string[]> {
  const targets = files.map((f) => resolveInside(dir, f.name));
  if (!options.force) {
    const taken = [];
    for (const t of targets) if (await exists(t)) taken.push(path.relative(process.cwd(), t) || t);
    if (taken.length > 0) {
      throw new RolloutError(`${taken.length === 1 ? `${taken[0]} already exists` : `${taken.length} files already exist (${listed(taken)})`}; nothing was written. Use --force to overwrite`);
    }
  }
  const written: string[] = [];
  for (const [i, file] of files.entries()) {
    try {
      await writeFileAtomic(targets[i]!, file.content, options);
      written.push(targets[i]!);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const what = (code && FS_PROBLEMS[code]) ?? code ?? String(error);
      throw new RolloutError(
        `cannot write ${file.name} in ${dir}: ${what}; ${written.length} of ${files.length} files were written before this${written.length ? ` (${listed(written.map((w) => path.relative(dir, w)))})` : ''}`,
      );
    }
  }
  return written;
}

/** Writes a single output file given on the command line (`-o FILE`). */
export async function writeOutputFile(file: string, content: string, options: WriteOptions = {}): Promise<void> {
  if (file.includes('\0')) throw new RolloutError('refusing output name with a NUL byte');
  const dir = path.dirname(path.resolve(file));
  await writeFiles(dir, [{ name: path.basename(file), content }], options);
}
