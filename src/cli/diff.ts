import { comparePaused, compareSchedules } from '../changes/compare.js';
import { loadPlan } from '../plan/load.js';
import { planIn, withGroupSplits, withRosterPlaces } from '../plan/resolve.js';
import { loadPausesVariant } from '../plan/variant.js';
import type { Language } from '../plan/schema.js';
import type { Plan } from '../plan/resolve.js';
import type { Schedule } from '../schedule/types.js';
import { CHANGE_HEADINGS, renderChanges, type ChangesFormat, type Headcounts } from '../reporters/changes/changes.js';
import { headcountChanges, recountedMessages } from '../changes/headcounts.js';
import { onlyPausesDiffer } from '../pauses/redate.js';
import { buildSchedule } from '../schedule/build.js';
import { withFirstTries } from '../rollback/first-try.js';
import { EXIT } from '../util/errors.js';
import { placesByRoster, planFolder, planName, readPlanText, splitByRoster, validPlan, withRosterGroups, writeOut } from './common.js';

export interface DiffOptions {
  /** Commander has checked it. */
  format: ChangesFormat;
  /** Commander has checked it against the languages. */
  lang?: Language;
}

export async function diffCommand(oldFile: string, newFile: string, options: DiffOptions): Promise<number> {
  const oldText = await readPlanText(oldFile);
  const oldLoaded = loadPlan(oldText, planName(oldFile));
  const oldWritten = validPlan(oldLoaded);
  const newText = await readPlanText(newFile);
  // A plan that only gained a pause is read as the old one and its new pauses: one full read, not two.
  const paused = loadPausesVariant(newText, planName(newFile), { text: oldText, plan: oldWritten });
  const newLoaded = paused ? undefined : loadPlan(newText, planName(newFile));
  const newWritten = paused ?? validPlan(newLoaded!);
  // Each version with the targeted groups its roster places, as schedule and render-emails title them.
  const oldPlan = await withRosterGroups(oldFile, oldLoaded, oldWritten);
  // A pause changes no one's place: beside the same roster, the old version's places hold.
  const newPlan = paused && ((!splitByRoster(paused) && !placesByRoster(paused)) || planFolder(oldFile) === planFolder(newFile)) ? withRosterPlaces(withGroupSplits(paused, oldPlan.groupSplits ?? []), oldPlan.rosterPlaces ?? []) : await withRosterGroups(newFile, newLoaded ?? loadPlan(newText, planName(newFile)), newWritten);
  const lang = options.lang ?? newPlan.language;
  const before = planIn(oldPlan, lang);
  const after = planIn(newPlan, lang);
  const old = buildSchedule(before);
  // Text and markdown name phases as people know them; JSON keeps the plan's ids.
  const said = options.format === 'json' ? 'ids' : 'names';
  // A plan that only gained a pause is the old schedule re-dated: one build, not two. Otherwise the
  // schedules as `schedule` shows them: a part's first try stays on its days beside its second.
  const set = (onlyPausesDiffer(before, after) ? comparePaused(old, { before, after }, said) : undefined) ?? compareSchedules(recorded(old, before), recorded(buildSchedule(after), after), { before, after }, said);
  const headcounts = headcountsOf({ plan: before, schedule: old }, after);
  writeOut(renderChanges(options.format, CHANGE_HEADINGS[lang].diff(oldFile, newFile), set, { before: oldFile, after: newFile }, lang, headcounts));
  return set.changes.length === 0 && headcounts.changes.length === 0 ? EXIT.ok : EXIT.failed;
}

/** The headcounts that changed, and the messages both versions write that count otherwise because of them. */
function headcountsOf(before: { plan: Plan; schedule: Schedule }, after: Plan): Headcounts {
  const changes = headcountChanges(before.plan, after);
  return { changes, recounted: changes.length === 0 ? [] : recountedMessages(before, { plan: after, schedule: buildSchedule(after) }) };
}

function recorded(schedule: Schedule, plan: Plan): Schedule {
  return withFirstTries(schedule, plan, (first) => buildSchedule(first));
}
