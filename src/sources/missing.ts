import { gateWindows, windowId } from '../gates/evaluate.js';
import type { Plan } from '../plan/resolve.js';
import { planAsOf } from '../replay/as-of.js';
import { buildSchedule } from '../schedule/build.js';
import type { ScheduleEvent } from '../schedule/types.js';
import { timePhases } from '../schedule/phases.js';
import { parseDay, type Day } from '../util/dates.js';
import { placeText } from '../util/place.js';
import { expandGlob, fileExists, matchGlob } from './glob.js';
import { readRoster } from './roster-notes.js';
import type { SourcesInput } from './read.js';
import { computedMetrics } from './unread.js';
import { overdueFiles, type NoAnswersYet } from './overdue.js';

/**
 * The first launch day. Before it nobody uses the tool, so the exports the plan names may not
 * exist yet; from it on they are read as gate-check reads them, and one that matches no file is
 * the same error.
 */
export function exportsDueFrom(plan: Plan): Day {
  return Math.min(...timePhases(plan).map((p) => p.start));
}

/**
 * Why an export is not due yet: the first launch, the first gate or switch-off that reads what it
 * gives, (for attendance reports) the first training session or office hour, held on `held`, or
 * (for survey answers) the first survey the schedule sends, on `sent`; those days as `D` (a
 * result's JSON writes them YYYY-MM-DD).
 */
export type DueBecause<D = Day> =
  | { kind: 'launch' }
  | { kind: 'gate'; gate: string; metric: string }
  | { kind: 'switch-off'; phase: string; metric: string }
  | { kind: 'session'; held: D }
  | { kind: 'survey'; sent: D };

/** A file the plan names that matches no file yet, on a day before its data are due. */
export interface Awaited {
  /** The source's index in the plan; undefined for the roster, without which no source is read. */
  index?: number;
  file: string;
  /** Where the plan names it: `file:line:column`, else the plan key. */
  at: string;
  /** The day from which a missing file stops the run (or, for a source that decides nothing, is a note). */
  due: Day;
  because: DueBecause;
  /** No gate or switch-off reads what it gives: past its due day a missing file is a note, never a stop. */
  decidesNothing?: true;
}

/**
 * The roster and the sources whose files do not exist yet and are not due yet as of `asOf`. An
 * export is due from the first launch, and no sooner than the first day a gate that reads a
 * metric it gives is due (or the switch-off that waits for one starts): a helpdesk export or a
 * survey that begins in week 3 may be written in the plan from the start. A source read by no
 * gate and no switch-off is due from the first launch, as is the roster. An attendance report
 * exists only once a session was held: an attendance source is due no sooner than the day after
 * the first training session or office hour (a CI run on its morning finds none yet); likewise a
 * survey export (`responses`) no sooner than the day after the first survey the schedule sends.
 * Before the first launch a missing roster leaves every source unread.
 */
export async function awaitedFiles(plan: Plan, input: Pick<SourcesInput, 'baseDir' | 'locate'>, asOf: Day): Promise<Awaited[]> {
  return (await missingFiles(plan, input, asOf)).filter((m) => asOf < m.due);
}

/** The roster before the first launch, and the sources, whose files are missing as of `asOf`, each with the day it is due (see awaitedFiles). */
async function missingFiles(plan: Plan, input: Pick<SourcesInput, 'baseDir' | 'locate'>, asOf: Day): Promise<Awaited[]> {
  const launch = exportsDueFrom(plan);
  if (plan.people && asOf < launch && (await matchesNothing(plan.people.file, input.baseDir))) {
    return [{ file: plan.people.file, at: placeText(input.locate?.(['people', 'file'])) ?? 'people.file', due: launch, because: { kind: 'launch' } }];
  }
  // Worked out only once a file is missing: most runs find every export there.
  let dueOf: ReturnType<typeof readersDue> | undefined;
  const missing: Awaited[] = [];
  for (const [index, source] of plan.sources.entries()) {
    if (!(await matchesNothing(source.file, input.baseDir))) continue;
    const { due, because, decidesNothing } = (dueOf ??= readersDue(plan, asOf))(index, launch);
    missing.push({ index, file: source.file, at: placeText(input.locate?.(['sources', index, 'file'])) ?? `sources[${index}].file`, due, because, ...(decidesNothing ? { decidesNothing: true as const } : {}) });
  }
  return missing;
}

/** The sources as of a day: which files are awaited, which sources go unread, and the roster's notes. */
export interface Readable {
  awaited: Awaited[];
  /** Survey files past their due day whose metrics other sources give: read as no answers yet (see overdueFiles). */
  noAnswersYet: NoAnswersYet[];
  /** Files past their due day of sources no gate or switch-off reads: a note each, since no decision waits for them. */
  unneeded: Awaited[];
  /** The sources (by index) left unread: those awaited, unneeded or with no answers yet, or every one while the roster is. */
  unread: Set<number>;
  /** When no source is read but the roster is due (or there): what reading it said, as `readSources` says it. */
  rosterWarnings: string[];
}

/**
 * The files awaited as of `asOf` (see awaitedFiles) and the sources left unread for them. The
 * roster is due from the first launch whether or not an export is due yet: when every source is
 * awaited, it is read on its own, so that a wrong `people.file` stops the run (as it would once an
 * export is read) from the first launch on, and a roster that is there is checked before it.
 */
export async function readableSources(plan: Plan, input: Pick<SourcesInput, 'baseDir' | 'locate'>, asOf: Day): Promise<Readable> {
  const missing = plan.sources.length === 0 ? [] : await missingFiles(plan, input, asOf);
  const awaited = missing.filter((m) => asOf < m.due);
  // A glob that matches only a workbook's lock file is read, to say that the workbook is open.
  const overdue = await filterAsync(missing, async (m) => asOf >= m.due && (await matchGlob(m.file, input.baseDir)).lockFiles.length === 0);
  // A file only a weekly update (or nothing) reads decides nothing: without it the run goes on.
  const unneeded = overdue.filter((m) => m.decidesNothing);
  const noAnswersYet = overdueFiles(plan, overdue.filter((m) => !m.decidesNothing), (index) => input.locate?.(['sources', index, 'file']), input.baseDir);
  const rosterAwaited = awaited.some((a) => a.index === undefined);
  const unread = new Set(rosterAwaited ? plan.sources.keys() : [...awaited, ...unneeded, ...noAnswersYet].map((a) => a.index!));
  // A plan without sources reads no roster (its --metrics files name no people).
  const noneRead = plan.sources.length > 0 && plan.sources.every((_, i) => unread.has(i));
  const roster = plan.people && !rosterAwaited && noneRead ? await readRoster(plan, input.baseDir, placeText(input.locate?.(['people', 'file']))) : undefined;
  return { awaited, noAnswersYet, unneeded, unread, rosterWarnings: roster?.warnings ?? [] };
}

/** The gates (and the switch-off) as of `asOf`, each with the metric it reads and the day it is due. */
function metricReaders(seen: Plan, asOf: Day): { metric: string; due: Day; because: DueBecause }[] {
  const phases = timePhases(seen);
  const readers: { metric: string; due: Day; because: DueBecause }[] = [];
  for (const w of gateWindows(seen, phases, asOf)) {
    // A gate of a part rolled back decides nothing: it needs no data.
    if (w.withdrawn) continue;
    readers.push({ metric: w.gate.metric, due: Number.isFinite(w.due) ? w.due : w.plannedDue, because: { kind: 'gate', gate: windowId(w), metric: w.gate.metric } });
  }
  for (const p of phases) if (p.kind === 'decommission' && p.phase.when) readers.push({ metric: p.phase.when.metric, due: p.start, because: { kind: 'switch-off', phase: p.id, metric: p.phase.when.metric } });
  return readers;
}

/** The metrics that a gate due by `asOf` (or the switch-off started by then) reads: those whose data decide something on that day. */
export function metricsDueBy(plan: Plan, asOf: Day): Set<string> {
  return new Set(metricReaders(planAsOf(plan, asOf), asOf).filter((r) => r.due <= asOf).map((r) => r.metric));
}

/** For a source, the first day a gate (or the switch-off) that reads one of its metrics is due, not before `launch`. */
function readersDue(plan: Plan, asOf: Day): (index: number, launch: Day) => { due: Day; because: DueBecause; decidesNothing: boolean } {
  const seen = planAsOf(plan, asOf);
  const readers = metricReaders(seen, asOf);
  const computed = computedMetrics(plan);
  const afterFirst = firstEvents(seen);
  return (index, launch) => {
    const metrics = new Set(computed.filter((c) => c.path[1] === index).map((c) => c.metric));
    const read = readers.filter((r) => metrics.has(r.metric));
    const first = read.filter((r) => Number.isFinite(r.due)).sort((a, b) => a.due - b.due)[0];
    const byReaders: { due: Day; because: DueBecause } = first && first.due > launch ? first : { due: launch, because: { kind: 'launch' } };
    const byEvent = afterFirst(plan.sources[index]!.kind);
    return { ...(byEvent && byEvent.due > byReaders.due ? byEvent : byReaders), decidesNothing: read.length === 0 };
  };
}

/**
 * For a source's kind, the day after the schedule's first event that makes its first file: the
 * first training session or office hour for an attendance report, the first survey for survey
 * answers (a CI run on that day's morning finds none yet). The schedule is built only when such a
 * source's file is missing.
 */
function firstEvents(seen: Plan): (kind: string) => { due: Day; because: DueBecause } | undefined {
  let events: ScheduleEvent[] | undefined;
  const first = (types: readonly string[]) =>
    (events ??= buildSchedule(seen).events)
      .filter((e) => types.includes(e.type))
      .map((e) => parseDay(e.date))
      .sort((a, b) => a - b)[0];
  return (kind) => {
    const held = kind === 'attendance' ? first(['training', 'office-hours']) : undefined;
    if (held !== undefined) return { due: held + 1, because: { kind: 'session', held } };
    const sent = kind === 'responses' ? first(['survey']) : undefined;
    return sent === undefined ? undefined : { due: sent + 1, because: { kind: 'survey', sent } };
  };
}

async function matchesNothing(file: string, baseDir: string): Promise<boolean> {
  const files = await expandGlob(file, baseDir);
  return files.length === 0 || !(await fileExists(files[0]!));
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept: T[] = [];
  for (const item of items) if (await keep(item)) kept.push(item);
  return kept;
}
