import { readdir } from 'node:fs/promises';
import path from 'node:path';

const WILD = /[*?]/;

/**
 * The files a plan's `file:` names, relative to the plan's folder: a path, or one with `*` (any
 * text) and `?` (one character) in its parts. Sorted, so that every run reads them in one order.
 */
export async function expandGlob(pattern: string, baseDir: string): Promise<string[]> {
  const full = path.resolve(baseDir, pattern);
  if (!WILD.test(pattern)) return [full];
  const { root } = path.parse(full);
  let found = [root];
  for (const part of full.slice(root.length).split(/[\\/]/).filter(Boolean)) {
    if (!WILD.test(part)) {
      found = found.map((dir) => path.join(dir, part));
      continue;
    }
    const re = new RegExp(`^${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.')}$`, 's');
    const next: string[] = [];
    for (const dir of found) {
      const entries = await readdir(dir).catch(() => [] as string[]);
      for (const name of entries.sort()) if (re.test(name) && !name.startsWith('.')) next.push(path.join(dir, name));
    }
    found = next;
  }
  return found;
}
