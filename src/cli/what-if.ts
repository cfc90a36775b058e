import { whatIf, whatIfExtension, whatIfRollback } from '../changes/what-if.js';
import { pauseLengthLabel } from '../pauses/length.js';
import { pausedPartName, phaseName } from '../plan/display-names.js';
import { planIn, requirePhaseId } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { CHANGE_HEADINGS, renderChanges, type ChangesFormat } from '../reporters/changes/changes.js';
import { isIsoDate } from '../util/dates.js';
import { EXIT, RolloutError } from '../util/errors.js';
import { colors, requirePlan, say, withRosterGroups, writeOut } from './common.js';

export interface WhatIfOptions {
  plan: string;
  /** One of the two (commander refuses both). */
  pause?: string;
  rollback?: boolean;
  /** A running phase that runs `by` longer (commander refuses it with --pause or --rollback). */
  extend?: string;
  by?: string;
  at: string;
  phase?: string;
  /** A pause of one phase or one location (commander lets only one through). */
  onlyPhase?: string;
  onlyLocation?: string;
  /** Commander has checked it. */
  format: ChangesFormat;
  /** Commander has checked it against the languages. */
  lang?: Language;
}

export async function whatIfCommand(options: WhatIfOptions): Promise<number> {
  if (options.pause === undefined && !options.rollback && options.extend === undefined) throw new RolloutError('what-if asks about a pause, a rollback or an extension: give --pause DURATION (such as 2w), --rollback, or --extend PHASE --by DURATION');
  if (options.extend !== undefined && (options.by === undefined || !/^\d+\s*[dw]$/.test(options.by))) throw new RolloutError(`--extend ${options.extend} needs --by, a duration such as 1w or 10d${options.by === undefined ? '' : `, not "${options.by}"`}`);
  if (options.pause !== undefined && !/^\d+\s*[dw]$/.test(options.pause)) throw new RolloutError(`--pause must be a duration such as 2w or 10d, not "${options.pause}"`);
  if (!isIsoDate(options.at)) throw new RolloutError(`--at must be a real date written YYYY-MM-DD, not "${options.at}"`);
  const read = await requirePlan(options.plan);
  // The announcements name a targeted group in each phase the roster puts its people in, as schedule does.
  const loaded = await withRosterGroups(options.plan, read.loaded, read.plan);
  const lang = options.lang ?? loaded.language;
  const plan = planIn(loaded, lang);
  if (options.phase !== undefined) requirePhaseId(plan.phases, options.phase);
  const only = options.onlyPhase !== undefined ? { phase: options.onlyPhase } : options.onlyLocation !== undefined ? { location: options.onlyLocation } : undefined;
  if (options.extend !== undefined) {
    requirePhaseId(plan.phases, options.extend, '--extend');
    const { extension, set, warnings } = whatIfExtension(plan, { phase: options.extend, by: options.by!, on: options.at });
    for (const warning of warnings) say(`rollout: warning: ${warning}`, colors(process.stderr).yellow);
    writeOut(renderChanges(options.format, CHANGE_HEADINGS[lang].whatIfExtension(extension.name, extension.decided, extension.until, extension.was, pauseLengthLabel(extension, lang)), set, { extension }, lang));
    return EXIT.ok;
  }
  if (options.pause === undefined) {
    const { rollback, set, warnings } = whatIfRollback(plan, { on: options.at, ...(only ? { only } : {}) });
    for (const warning of warnings) say(`rollout: warning: ${warning}`, colors(process.stderr).yellow);
    writeOut(renderChanges(options.format, CHANGE_HEADINGS[lang].whatIfRollback(rollback.on, only && pausedPartName(only, plan.phases)), set, { rollback }, lang));
    return EXIT.ok;
  }
  const { pause, set } = whatIf(plan, { from: options.at, length: options.pause, planFile: options.plan, ...(options.phase !== undefined ? { phase: options.phase } : {}), ...(only ? { only } : {}) });
  const heading = CHANGE_HEADINGS[lang].whatIf(pause.from, pause.until, pauseLengthLabel(pause, lang), pause.phase && phaseName(plan.phases, pause.phase), only && pausedPartName(only, plan.phases));
  writeOut(renderChanges(options.format, heading, set, { pause }, lang));
  return EXIT.ok;
}
