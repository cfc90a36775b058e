import type { WorkCalendar } from '../schedule/calendar.js';
import { parseDay, type Day } from '../util/dates.js';
import type { PauseSpan } from './pauses.js';
import type { Part } from './scope.js';

type Days = { from: Day; until: Day };

/** The day the last of overlapping spans resumes; undefined while one of them is open. */
export function resumeOf(group: readonly PauseSpan[]): Day | undefined {
  return group.some((s) => s.until === undefined) ? undefined : Math.max(...group.map((s) => s.until!));
}

/**
 * Overlapping spans that reach an item of `part` as one: the item waits from the first one's
 * start until the later one resumes, counted over those days, once. A resumed rollback counts
 * from its part's start to its resume, with the pauses of that part (or of everything) it
 * overlaps; a phase that waits for the part (the switch-off) waits from its own start until the
 * second try is over (none when it was to start later anyway: the phases between the part and it
 * ran and keep their dates) or until the other pauses that reach it have moved its start, the
 * later of the two: the switch-off paused until the Monday after the second try ends resumes on
 * that Monday, not the pause's length after it, and a pause of the phase before it counts once.
 */
export function mergedSpan(group: readonly PauseSpan[], part: Part, calendar: WorkCalendar): PauseSpan {
  const until = resumeOf(group);
  const merged: PauseSpan = { ...group[0]!, until, workingDays: 0 };
  delete merged.counted;
  delete merged.waitFrom;
  if (until === undefined) return merged;
  const counted = heldDays(group, part, calendar);
  return { ...merged, counted, workingDays: calendar.weekdaysBetween(counted.from, counted.until) };
}

/** The days overlapping spans hold an item of `part`, counted once (see mergedSpan). */
function heldDays(spans: readonly PauseSpan[], part: Part, calendar: WorkCalendar): Days {
  const group = withoutFirstTry(spans);
  const second = group.find((s) => waitsFor(s, part));
  if (!second) return union(group.map(ownDays));
  const held = [...second.reach!.held];
  const ofPart = (s: PauseSpan) => s === second || !s.reach || held.some((id) => s.reach!.phases.has(id));
  const own = union(group.filter(ofPart).map(ownDays));
  const from = waitStart(second, part)!;
  const moved = calendar.weekdaysBetween(own.from, own.until);
  const over = calendar.afterWeekdays(second.partOver ?? from, moved);
  // The other pauses that reach it (of the switch-off itself, of a phase it waits for) move its own start by their working days.
  const others = group.filter((s) => !ofPart(s));
  const paused = others.length === 0 ? from : calendar.afterWeekdays(from, workingDays(union(others.map(ownDays)), calendar));
  return { from, until: Math.max(from, over, paused) };
}

function workingDays(days: Days, calendar: WorkCalendar): number {
  return calendar.weekdaysBetween(days.from, days.until);
}

/** The day a phase of `part` that waits for a resumed rollback's part was meant to start (see waitFrom). */
function waitStart(span: PauseSpan, part: Part): Day | undefined {
  return part.phase === undefined ? undefined : span.waitFrom?.get(part.phase);
}

/** Whether `span` is a resumed rollback that an item of `part` waits for. */
export function waitsFor(span: PauseSpan, part: Part): boolean {
  return Number.isFinite(waitStart(span, part) ?? NaN);
}

/**
 * The spans without the pauses a resumed rollback takes in: one from the part's announcement
 * that was over by the day it rolled back was its first try's. The second try counts from the
 * part's start as it was announced (see partStart) and runs whole, so that pause's days are not
 * counted on top of it.
 */
function withoutFirstTry(group: readonly PauseSpan[]): readonly PauseSpan[] {
  const resumed = group.filter((s) => s.rollback?.resume);
  const firstTry = (s: PauseSpan) => !s.rollback && s.until !== undefined && resumed.some((r) => s.from >= r.from && s.until! <= parseDay(r.rollback!.on));
  return resumed.length === 0 ? group : group.filter((s) => !firstTry(s));
}

/** The days a span with its end counts: `counted` where it has them (a resumed part's, from the part's start), else from its first day to its resume. */
function ownDays(span: PauseSpan): Days {
  return span.counted ?? { from: span.from, until: span.until! };
}

function union(days: readonly Days[]): Days {
  return { from: Math.min(...days.map((d) => d.from)), until: Math.max(...days.map((d) => d.until)) };
}
