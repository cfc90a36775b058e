import type { OutputFile } from '../util/write.js';
import { builtInTemplates } from '../util/package.js';
import { copyState } from './copies.js';
import { readStamp, stamped } from './stamp.js';
import { userFiles } from './templates.js';

/** What refreshing a templates folder writes, by the name of each copy in it. */
export interface Refresh {
  /** Copies replaced by this release's built-in, stamped: unedited copies of an older one, and unstamped copies of this one. */
  replaced: OutputFile[];
  /** This release's built-in beside an edited copy, as NAME.new, to compare: the copy is not touched. */
  beside: OutputFile[];
  /** Copies of this release's built-in already stamped with it. */
  current: string[];
}

/**
 * Brings a templates folder that `rollout init` wrote up to this release's built-in templates,
 * losing no edit: a file you deleted stays deleted (the built-in one is used), an unedited copy
 * is replaced, and beside an edited one the new built-in is written to compare.
 */
export async function refreshCopies(dir: string, release: string): Promise<Refresh> {
  const copies = new Map((await userFiles(dir)).map((f) => [f.name, f]));
  const refresh: Refresh = { replaced: [], beside: [], current: [] };
  for (const template of await builtInTemplates()) {
    const copy = copies.get(template.name);
    if (!copy) continue;
    const [builtIn, source] = [(await template.read()).toString('utf8'), (await copy.read()).toString('utf8')];
    const state = copyState(template.name, source, builtIn);
    const fresh = { name: template.name, content: stamped(template.name, builtIn.replace(/\r\n?/g, '\n'), release) };
    if (state.kind === 'current' && readStamp(source)?.name === template.name) refresh.current.push(template.name);
    else if (state.kind === 'current' || state.kind === 'older') refresh.replaced.push(fresh);
    else refresh.beside.push({ ...fresh, name: `${template.name}.new` });
  }
  return refresh;
}
