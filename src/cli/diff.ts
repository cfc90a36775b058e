import { compareSchedules } from '../changes/compare.js';
import type { Plan } from '../plan/resolve.js';
import { renderChanges, type ChangesFormat } from '../reporters/changes/changes.js';
import { buildSchedule } from '../schedule/build.js';
import { EXIT, formatDiagnostic, RolloutError } from '../util/errors.js';
import { readAndLoad, writeOut } from './common.js';

export interface DiffOptions {
  /** Commander has checked it. */
  format: ChangesFormat;
}

/** A plan that validates, or one line naming its first error with file:line. */
async function planAt(file: string): Promise<Plan> {
  const loaded = await readAndLoad(file);
  if (loaded.plan) return loaded.plan;
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run rollout validate --plan ${file})` : '';
  throw new RolloutError(`${formatDiagnostic(errors[0]!)}${more}`);
}

export async function diffCommand(oldFile: string, newFile: string, options: DiffOptions): Promise<number> {
  const before = await planAt(oldFile);
  const after = await planAt(newFile);
  const set = compareSchedules(buildSchedule(before), buildSchedule(after), { before, after });
  writeOut(renderChanges(options.format, `Changes from ${oldFile} to ${newFile}`, set, { before: oldFile, after: newFile }));
  return set.changes.length === 0 ? EXIT.ok : EXIT.failed;
}
