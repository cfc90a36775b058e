// gate-check's --summary, --save-json and --save-junit: checked against the files the check reads
// before anything is written, and the JUnit report of a check that stopped on bad input.
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Plan } from '../plan/resolve.js';
import { renderInputError } from '../reporters/gates/junit.js';
import { isGateReport } from '../reporters/gates/junit-file.js';
import { expandGlob } from '../sources/glob.js';
import { formatDiagnostic, RolloutError } from '../util/errors.js';
import { listed } from '../util/lists.js';
import { writeOutputFile } from '../util/write.js';

export interface SavedOutputs {
  summary?: string;
  saveJson?: string;
  saveJunit?: string;
  force?: boolean;
}

/** A file by its real path, so that `./x`, `dir/../x` and a link to x are one file; a new file by its absolute path. */
const real = (file: string) => realpath(file).catch(() => path.resolve(file));
const present = (file: string) => lstat(file).then(() => true, () => false);

/**
 * Refuses, --force or not, an output that names a file the check reads: --force replaces the last
 * run's report, never the plan, the roster or an export. Without --force, refuses before anything
 * is written when an output exists, so that no run leaves one file new and the other old.
 */
export async function checkOutputs(options: SavedOutputs, reads: { planFile: string; plan: Plan; baseDir: string; metrics: string[] }): Promise<void> {
  const named: [string, string | undefined, string][] = [['--summary', options.summary, 'md'], ['--save-json', options.saveJson, 'json'], ['--save-junit', options.saveJunit, 'xml']];
  const outputs = named.filter((o): o is [string, string, string] => o[1] !== undefined);
  if (outputs.length === 0) return;
  const inputs = new Map<string, string>();
  const add = async (file: string, what: string) => {
    const key = await real(file);
    if (!inputs.has(key)) inputs.set(key, what);
  };
  if (reads.planFile !== '-') await add(reads.planFile, 'the plan');
  if (reads.plan.people) await add(path.resolve(reads.baseDir, reads.plan.people.file), 'the roster (people.file)');
  for (const [i, source] of reads.plan.sources.entries()) {
    for (const file of await expandGlob(source.file, reads.baseDir)) await add(file, `an export the plan reads (sources[${i}].file)`);
  }
  for (const file of reads.metrics) await add(file, 'a metrics export (--metrics)');
  for (const [option, file, ext] of outputs) {
    const what = inputs.get(await real(file));
    if (what) throw new RolloutError(`${option} names ${file}, which is ${what}; nothing was written. Name a new file, such as reports/rollout-gates.${ext}`);
  }
  if (options.force) return;
  const taken: string[] = [];
  for (const file of [options.saveJson, options.saveJunit]) if (file !== undefined && (await present(file))) taken.push(file);
  if (taken.length > 0) throw new RolloutError(`${listed(taken)} already exist${taken.length === 1 ? 's' : ''}; nothing was written. Use --force to overwrite`);
}

/**
 * After a check that stopped on input it cannot use, writes the JUnit file with that one error,
 * so that a test reporter never shows the last run's verdicts as this run's. It takes the place
 * of a new file, or with --force of a JUnit report of gate-check; never of any other file. A file
 * it cannot write leaves the error that stopped the check as the one said.
 */
export async function saveInputError(file: string, error: RolloutError, force: boolean | undefined): Promise<void> {
  if ((await present(file)) && !(force && isGateReport(file))) return;
  const first = error.diagnostics.find((d) => d.severity === 'error');
  const message = error.message.split('\n')[0] || (first ? formatDiagnostic(first) : 'the input cannot be used');
  await writeOutputFile(file, renderInputError(message), { force }).catch(() => undefined);
}
