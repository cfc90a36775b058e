import { access } from 'node:fs/promises';
import type { Plan } from '../plan/resolve.js';
import { timePhases } from '../schedule/phases.js';
import type { Day } from '../util/dates.js';
import { expandGlob } from './glob.js';
import type { SourcesInput } from './read.js';

/**
 * The first launch day. Before it nobody uses the tool, so the exports the plan names may not
 * exist yet; from it on they are read as gate-check reads them, and one that matches no file is
 * the same error.
 */
export function exportsDueFrom(plan: Plan): Day {
  return Math.min(...timePhases(plan).map((p) => p.start));
}

/** The roster or the first source the plan names that no file matches, and where the plan names it. */
export async function firstMissing(plan: Plan, input: Pick<SourcesInput, 'baseDir' | 'locate'>): Promise<{ file: string; at: string } | undefined> {
  const named = [...(plan.people ? [{ file: plan.people.file, at: ['people', 'file'], key: 'people.file' }] : []), ...plan.sources.map((s, i) => ({ file: s.file, at: ['sources', i, 'file'], key: `sources[${i}].file` }))];
  for (const { file, at, key } of named) {
    const files = await expandGlob(file, input.baseDir);
    if (files.length === 0 || !(await exists(files[0]!))) return { file, at: input.locate?.(at) ?? key };
  }
  return undefined;
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );
