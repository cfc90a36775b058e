import { compareSchedules } from '../changes/compare.js';
import { planIn, type Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { CHANGE_HEADINGS, renderChanges, type ChangesFormat } from '../reporters/changes/changes.js';
import { buildSchedule } from '../schedule/build.js';
import { EXIT, formatDiagnostic, RolloutError } from '../util/errors.js';
import { readAndLoad, writeOut } from './common.js';

export interface DiffOptions {
  /** Commander has checked it. */
  format: ChangesFormat;
  /** Commander has checked it against the languages. */
  lang?: Language;
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
  const newPlan = await planAt(newFile);
  const lang = options.lang ?? newPlan.language;
  const before = planIn(await planAt(oldFile), lang);
  const after = planIn(newPlan, lang);
  const set = compareSchedules(buildSchedule(before), buildSchedule(after), { before, after });
  writeOut(renderChanges(options.format, CHANGE_HEADINGS[lang].diff(oldFile, newFile), set, { before: oldFile, after: newFile }, lang));
  return set.changes.length === 0 ? EXIT.ok : EXIT.failed;
}
