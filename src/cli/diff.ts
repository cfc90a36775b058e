import { comparePaused, compareSchedules } from '../changes/compare.js';
import { loadPlan, type LoadedPlan } from '../plan/load.js';
import { planIn, type Plan } from '../plan/resolve.js';
import { loadPausesVariant } from '../plan/variant.js';
import type { Language } from '../plan/schema.js';
import { CHANGE_HEADINGS, renderChanges, type ChangesFormat } from '../reporters/changes/changes.js';
import { onlyPausesDiffer } from '../pauses/redate.js';
import { buildSchedule } from '../schedule/build.js';
import { EXIT, formatDiagnostic, RolloutError } from '../util/errors.js';
import { planName, readPlanText, writeOut } from './common.js';

export interface DiffOptions {
  /** Commander has checked it. */
  format: ChangesFormat;
  /** Commander has checked it against the languages. */
  lang?: Language;
}

/** The plan if it validates, else one line naming its first error with file:line. */
function valid(loaded: LoadedPlan, file: string): Plan {
  if (loaded.plan) return loaded.plan;
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run rollout validate --plan ${file})` : '';
  throw new RolloutError(`${formatDiagnostic(errors[0]!)}${more}`);
}

export async function diffCommand(oldFile: string, newFile: string, options: DiffOptions): Promise<number> {
  const oldText = await readPlanText(oldFile);
  const oldPlan = valid(loadPlan(oldText, planName(oldFile)), oldFile);
  const newText = await readPlanText(newFile);
  // A plan that only gained a pause is read as the old one and its new pauses: one full read, not two.
  const newPlan = loadPausesVariant(newText, planName(newFile), { text: oldText, plan: oldPlan }) ?? valid(loadPlan(newText, planName(newFile)), newFile);
  const lang = options.lang ?? newPlan.language;
  const before = planIn(oldPlan, lang);
  const after = planIn(newPlan, lang);
  const old = buildSchedule(before);
  // A plan that only gained a pause is the old schedule re-dated: one build, not two.
  const set = (onlyPausesDiffer(before, after) ? comparePaused(old, { before, after }) : undefined) ?? compareSchedules(old, buildSchedule(after), { before, after });
  writeOut(renderChanges(options.format, CHANGE_HEADINGS[lang].diff(oldFile, newFile), set, { before: oldFile, after: newFile }, lang));
  return set.changes.length === 0 ? EXIT.ok : EXIT.failed;
}
