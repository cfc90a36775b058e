import { access, readdir } from 'node:fs/promises';
import path from 'node:path';

const WILD = /[*?]/;

/** Whether a plan's `file:` is a glob rather than one file's name. */
export const isGlob = (pattern: string): boolean => WILD.test(pattern);

/**
 * The owner file Excel and Word keep beside a document while it is open (`~$Teams-enquete.xlsx`),
 * and LibreOffice's (`.~lock.Teams-enquete.xlsx#`): never an export, and unreadable as one.
 */
const LOCK_FILE = /^~\$|^\.~lock\..*#$/s;

/** What a `file:` glob matches: the files to read, and the lock files of open documents it left out. */
export interface GlobMatch {
  files: string[];
  lockFiles: string[];
}

/**
 * The files a plan's `file:` names, relative to the plan's folder: a path, or one with `*` (any
 * text) and `?` (one character) in its parts. Sorted, so that every run reads them in one order.
 */
export async function expandGlob(pattern: string, baseDir: string): Promise<string[]> {
  return (await matchGlob(pattern, baseDir)).files;
}

/** expandGlob's files, and the lock files (of a workbook open in Excel or LibreOffice) the glob matches too. */
export async function matchGlob(pattern: string, baseDir: string): Promise<GlobMatch> {
  const full = path.resolve(baseDir, pattern);
  const lockFiles: string[] = [];
  if (!WILD.test(pattern)) return { files: [full], lockFiles };
  const { root } = path.parse(full);
  let found = [root];
  const parts = full.slice(root.length).split(/[\\/]/).filter(Boolean);
  for (const [index, part] of parts.entries()) {
    if (!WILD.test(part)) {
      found = found.map((dir) => path.join(dir, part));
      continue;
    }
    const re = new RegExp(`^${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.')}$`, 's');
    const next: string[] = [];
    for (const dir of found) {
      const entries = await readdir(dir).catch(() => [] as string[]);
      for (const name of entries.sort()) {
        if (!re.test(name)) continue;
        if (index === parts.length - 1 && LOCK_FILE.test(name)) lockFiles.push(path.join(dir, name));
        else if (!name.startsWith('.')) next.push(path.join(dir, name));
      }
    }
    found = next;
  }
  return { files: found, lockFiles };
}

/** Whether a file is there (a plan may name one without a wildcard that is not). */
export const fileExists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );
