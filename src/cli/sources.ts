import type { GateCheckInput } from '../gates/check.js';
import type { ImportReport } from '../gates/csv.js';
import type { Repeat } from '../gates/ledger.js';
import type { LoadedPlan } from '../plan/load.js';
import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import type { GateCheckResult } from '../gates/types.js';
import type { SourcesInput } from '../sources/read.js';
import { readableSources, type DueBecause } from '../sources/missing.js';
import { checkUngivenMetrics } from '../sources/ungiven.js';
import { checkWholeOnlyGates } from '../sources/whole-only.js';
import { formatDay, type Day } from '../util/dates.js';
import { dueWhy, noAnswersNote, unneededNote } from '../sources/overdue.js';
import { RolloutError } from '../util/errors.js';
import { windows1252Note } from '../csv/windows-1252.js';
import { colors, say, sourcesInput } from './common.js';

/**
 * Where the plan's sources are, less those whose files are awaited as of `asOf` (see
 * awaitedFiles): each said on stderr, with the day from which it is due. A missing roster before
 * the first launch leaves every source unread, and `instead` says what the command does then.
 * From its due day on, a missing export is the error it always was, and so is a missing roster
 * from the first launch, even while every export is awaited (see readableSources).
 */
export async function sourcesToRead(plan: Plan, planFile: string, loaded: LoadedPlan, asOf: Day, instead: string): Promise<NonNullable<GateCheckInput['sources']>> {
  const input = sourcesInput(planFile, loaded);
  const { awaited, noAnswersYet, unneeded, unread, rosterWarnings } = await readableSources(plan, input, asOf);
  for (const a of awaited) {
    const file = `rollout: ${a.at}: ${JSON.stringify(a.file)} matches no file yet`;
    if (a.index === undefined) say(`${file}; before the first launch on ${formatDay(a.due)} the sources are not read, and ${instead}`);
    else say(`${file}; it is awaited by ${dueText(a.due, a.because)}`);
  }
  reportImports([], [...noAnswersYet.map(noAnswersNote), ...unneeded.map((u) => unneededNote(plan, u)), ...rosterWarnings]);
  return { ...input, awaited: unread, awaitedFiles: awaited };
}

/** When an awaited source is due, and what waits for it until then. */
function dueText(due: Day, because: DueBecause): string {
  const unread = `${dueWhy(due, because)}: until then this source is not read`;
  if (because.kind === 'gate') return `${unread}, and the gates on ${because.metric} stay pending`;
  if (because.kind === 'switch-off') return `${unread}, and its condition has no value of ${because.metric} from it`;
  return unread;
}

/** Whether every source of the plan goes unread. */
export const noneRead = (plan: Plan, sources: Pick<SourcesInput, 'awaited'>): boolean => plan.sources.every((_, i) => sources.awaited?.has(i));

/** gate-check and metrics need data: a metrics file, or sources in the plan. */
export function requireData(plan: Plan, metrics: string[] | undefined): void {
  if ((metrics?.length ?? 0) === 0 && plan.sources.length === 0) {
    throw new RolloutError('no data to check: pass your metrics export with --metrics FILE, or describe your exports under sources: in the plan');
  }
}

/**
 * The gates (and switch-off condition) that no source feeds, or feeds only for the whole
 * organization while they read a location or group, when no --metrics file is given either: certain to stay undecided, so said beside the undecided line, with what to add.
 */
export function ungivenNotes(plan: Plan, metrics: string[] | undefined): string[] {
  if ((metrics?.length ?? 0) > 0) return [];
  return [...checkUngivenMetrics(plan), ...checkWholeOnlyGates(plan)].map((c) => `${c.message} (${c.hint})`);
}

/** Skipped rows, left-out columns and counts worth knowing, on standard error. */
export function reportImports(imports: ImportReport[], warnings: string[] = []): void {
  const c = colors(process.stderr);
  const warn = (text: string) => {
    for (const line of text.split('\n')) say(line, c.yellow);
  };
  for (const { file, rows, skipped, problems, ignoredColumns, windows1252, noRowsIsAnswer } of imports) {
    if (rows === 0 && !noRowsIsAnswer) warn(`rollout: ${file}: the header has no rows below it; was the export empty?`);
    if (windows1252) warn(`rollout: ${windows1252Note(file, windows1252)}`);
    if (ignoredColumns.length) warn(`rollout: ${file}: left out columns that name no metric (--lenient): ${ignoredColumns.join(', ')}`);
    if (skipped === 0) continue;
    const more = skipped > problems.length ? [`  ... and ${skipped - problems.length} more`] : [];
    warn([`rollout: skipped ${skipped} bad row${skipped === 1 ? '' : 's'} (--lenient):`, ...problems.map((p) => `  ${p}`), ...more].join('\n'));
  }
  for (const warning of warnings) warn(`rollout: ${warning}`);
}

/** The exports behind on the day checked (see OutOfDate), each with what to do, on standard error in `lang`. */
export async function reportOutOfDate(result: GateCheckResult, lang: Language): Promise<void> {
  if (!result.outOfDate) return;
  const { outOfDateLines } = await import('../reporters/gates/labels.js');
  const warning = lang === 'nl' ? 'waarschuwing' : 'warning';
  for (const line of outOfDateLines(result, lang)) say(`rollout: ${warning}: ${line}`, colors(process.stderr).yellow);
}

/** Overlapping exports that agree: said once per pair of files, since each such day counted once. */
export function reportRepeats(repeats: Repeat[]): void {
  const c = colors(process.stderr);
  for (const { file, earlier, days, example } of repeats) {
    const what = days === 1 ? example : `${days} metric days (such as ${example})`;
    say(`rollout: ${file} repeats ${what} from ${earlier} with the same values; counted once`, c.yellow);
  }
}
