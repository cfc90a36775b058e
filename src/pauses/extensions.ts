import type { Plan } from '../plan/resolve.js';
import type { Extension } from '../plan/schema.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import { movedPhase, phasePeople, plannedPhases, type PlannedPhase } from '../schedule/phases.js';
import { formatDay, parseDay, parseDuration, type Day } from '../util/dates.js';
import { Pauses, type PauseSpan } from './pauses.js';
import { waitingFor } from './scope.js';

/** The extra days of an extension: from the day after the phase's end until the day after its new last day. */
export interface ExtraDays {
  /** The day after the phase's end as it stood before the extension. */
  from: Day;
  /** The day after its new last day. */
  until: Day;
}

/** The extra days `extension` gives a phase that ends on `end`; undefined when it gives none (validate says why). */
export function extraDays(extension: Pick<Extension, 'by' | 'until'>, end: Day): ExtraDays | undefined {
  const from = end + 1;
  const until = extension.until !== undefined ? parseDay(extension.until) + 1 : extension.by !== undefined ? from + parseDuration(extension.by) : undefined;
  return until === undefined || until <= from ? undefined : { from, until };
}

/**
 * The pauses with the plan's extensions added, each as a span of the pauses. It begins on the day
 * it was decided, and like a pause of its phase written in that day it moves every later item of
 * the phases that wait for that phase (and the switch-off) by the extra working days: those from
 * the day after the phase's end (after the pauses and extensions before it) up to the day after its
 * new last day, holidays inside counted, so that a week keeps every weekday. The phase itself is
 * not held: it runs on, and its end moves to the new last day.
 */
export function withExtensions(plan: Plan, calendar: WorkCalendar, pauses: Pauses): Pauses {
  if (plan.extensions.length === 0) return pauses;
  const planned = plannedPhases(plan, parseDay(plan.start), calendar, phasePeople(plan).atLocations);
  const order = plan.extensions.map((e, index) => ({ e, index })).sort((a, b) => a.e.decided.localeCompare(b.e.decided));
  let out = pauses;
  for (const { e, index } of order) {
    const span = extensionSpan(plan, e, index, phaseDays(plan, planned, out.writtenBy(parseDay(e.decided))), calendar);
    if (span) out = out.extendedBy(span);
  }
  return out;
}

/** Each phase's start and end after `pauses`. */
export function phaseDays(plan: Plan, planned: readonly PlannedPhase[], pauses: Pauses): { start: Day; end: Day; calendar: WorkCalendar }[] {
  return planned.map((p, n) => ({ ...movedPhase(p, pauses.for({ phase: plan.phases[n]!.id }), p.calendar, pauses.extendedEnd(plan.phases[n]!.id)), calendar: p.calendar }));
}

function extensionSpan(plan: Plan, extension: Extension, index: number, days: ReturnType<typeof phaseDays>, calendar: WorkCalendar): (PauseSpan & { extension: NonNullable<PauseSpan['extension']> }) | undefined {
  const n = plan.phases.findIndex((p) => p.id === extension.phase);
  if (n < 0) return undefined;
  const { end } = days[n]!;
  const extra = Number.isFinite(end) ? extraDays(extension, end) : undefined;
  // One that adds only days off moves nothing (validate refuses it).
  if (!extra || days[n]!.calendar.weekdaysBetween(extra.from, extra.until) === 0) return undefined;
  const from = parseDay(extension.decided);
  const until = from + (extra.until - extra.from);
  const waiting = waitingFor(plan, new Set([extension.phase]), (k) => days[k]!.start >= from);
  waiting.delete(extension.phase);
  return {
    from,
    until,
    workingDays: calendar.weekdaysBetween(extra.from, extra.until),
    counted: countedDays(extra, days[n]!.calendar),
    pause: { from: extension.decided, until: formatDay(until), reason: extension.reason, decided: extension.decided },
    index,
    reach: { phases: waiting, held: new Set() },
    extension: { phase: extension.phase, end: days[n]!.calendar.onOrBefore(extra.until - 1), was: end, decided: from },
  };
}

/**
 * The days whose working weekdays at a place are how far an extension moves its items there: from
 * the phase's first working weekday after its old end to the first after its new one. A week is a
 * week anywhere; a part of a week, counted from the day after a Friday end, would count the
 * Saturday a branch open on Saturdays works, and its launch of the Monday after would move a day
 * further than everyone else's.
 */
function countedDays(extra: ExtraDays, calendar: WorkCalendar): { from: Day; until: Day } {
  return { from: calendar.afterWeekdays(extra.from, 0), until: calendar.afterWeekdays(extra.until, 0) };
}
