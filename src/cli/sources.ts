import path from 'node:path';
import type { ImportReport } from '../gates/csv.js';
import type { Repeat } from '../gates/ledger.js';
import type { LoadedPlan } from '../plan/load.js';
import type { Plan } from '../plan/resolve.js';
import type { SourcesInput } from '../sources/read.js';
import { exportsDueFrom, firstMissing } from '../sources/missing.js';
import { checkUngivenMetrics } from '../sources/ungiven.js';
import { formatDay, type Day } from '../util/dates.js';
import { RolloutError } from '../util/errors.js';
import { windows1252Note } from '../csv/windows-1252.js';
import { colors, say } from './common.js';

/** Where the plan's `people:` and `sources:` files are, and how to point at a line of the plan. */
export function sourcesInput(planFile: string, loaded: LoadedPlan): Pick<SourcesInput, 'baseDir' | 'locate'> {
  const file = planFile === '-' ? '<stdin>' : planFile;
  return {
    baseDir: planFile === '-' ? process.cwd() : path.dirname(path.resolve(planFile)),
    locate: (at) => {
      const position = loaded.source?.position(at);
      return position ? `${file}:${position.line}:${position.column}` : undefined;
    },
  };
}

/**
 * Whether the plan's sources go unread as of `asOf`: when one matches no file before the first
 * launch, when nobody uses the tool yet and its exports may not exist; said on stderr, with what
 * the command does instead. From the first launch on, a missing export is the error it always was.
 */
export async function sourcesNotYet(plan: Plan, planFile: string, loaded: LoadedPlan, asOf: Day, instead: string): Promise<boolean> {
  const launch = exportsDueFrom(plan);
  if (plan.sources.length === 0 || asOf >= launch) return false;
  const missing = await firstMissing(plan, sourcesInput(planFile, loaded));
  if (missing) say(`rollout: ${missing.at}: ${JSON.stringify(missing.file)} matches no file yet; before the first launch on ${formatDay(launch)} the sources are not read, and ${instead}`);
  return missing !== undefined;
}

/** gate-check and metrics need data: a metrics file, or sources in the plan. */
export function requireData(plan: Plan, metrics: string[] | undefined): void {
  if ((metrics?.length ?? 0) === 0 && plan.sources.length === 0) {
    throw new RolloutError('no data to check: pass your metrics export with --metrics FILE, or describe your exports under sources: in the plan');
  }
}

/**
 * The gates (and switch-off condition) that no source feeds, when no --metrics file is given
 * either: certain to stay undecided, so said beside the undecided line, with what to add.
 */
export function ungivenNotes(plan: Plan, metrics: string[] | undefined): string[] {
  if ((metrics?.length ?? 0) > 0) return [];
  return checkUngivenMetrics(plan).map((c) => `${c.message} (${c.hint})`);
}

/** Skipped rows, left-out columns and counts worth knowing, on standard error. */
export function reportImports(imports: ImportReport[], warnings: string[] = []): void {
  const c = colors(process.stderr);
  const warn = (text: string) => {
    for (const line of text.split('\n')) say(line, c.yellow);
  };
  for (const { file, rows, skipped, problems, ignoredColumns, windows1252 } of imports) {
    if (rows === 0) warn(`rollout: ${file}: the header has no rows below it; was the export empty?`);
    if (windows1252) warn(`rollout: ${windows1252Note(file, windows1252)}`);
    if (ignoredColumns.length) warn(`rollout: ${file}: left out columns that name no metric (--lenient): ${ignoredColumns.join(', ')}`);
    if (skipped === 0) continue;
    const more = skipped > problems.length ? [`  ... and ${skipped - problems.length} more`] : [];
    warn([`rollout: skipped ${skipped} bad row${skipped === 1 ? '' : 's'} (--lenient):`, ...problems.map((p) => `  ${p}`), ...more].join('\n'));
  }
  for (const warning of warnings) warn(`rollout: ${warning}`);
}

/** Overlapping exports that agree: said once per pair of files, since each such day counted once. */
export function reportRepeats(repeats: Repeat[]): void {
  const c = colors(process.stderr);
  for (const { file, earlier, days, example } of repeats) {
    const what = days === 1 ? example : `${days} metric days (such as ${example})`;
    say(`rollout: ${file} repeats ${what} from ${earlier} with the same values; counted once`, c.yellow);
  }
}
