import type { Gate } from '../plan/schema.js';
import type { Moved, Pauses } from '../pauses/pauses.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import type { TimedPhase } from '../schedule/phases.js';
import { parseDuration, type Day } from '../util/dates.js';

/**
 * The phase whose first day waits for a gate: with `guards: next` the first launch phase to start
 * after the gate's own starts (a launch on the same day has no use of it to wait for), with
 * `guards: decommission` the decommission phase; none for report-only gates.
 */
export function guardedPhase(gate: Pick<Gate, 'phase' | 'guards'>, phases: readonly TimedPhase[]): TimedPhase | undefined {
  if (gate.guards === 'none') return undefined;
  const own = phases.find((p) => p.id === gate.phase);
  if (!own) return undefined;
  if (gate.guards === 'decommission') return phases.find((p) => p.kind === 'decommission');
  let next: TimedPhase | undefined;
  for (const p of phases) if (p.kind === 'launch' && p.plannedStart > own.plannedStart && (!next || p.plannedStart < next.plannedStart)) next = p;
  return next;
}

/**
 * The working day a gate falls due: `within` after its phase starts, or with `due: day-before`
 * the last working day before what it guards. As planned, or after `pauses` when given
 * (Infinity while an open pause holds it).
 */
export function gateDueDay(gate: Gate, phases: readonly TimedPhase[], calendar: WorkCalendar, pauses?: Pauses): Day {
  return gateDue(gate, phases, calendar, pauses).day;
}

/**
 * A gate's due day with how many pauses moved it: the schedule, its calendar and gate-check all
 * take it from here. A gate due `within` lands as any item meant for that day does; one due the
 * day before what it guards, on the last day before it that the people it judges work.
 */
export function gateDue(gate: Gate, phases: readonly TimedPhase[], calendar: WorkCalendar, pauses?: Pauses): Moved {
  const own = phases.find((p) => p.id === gate.phase)!;
  const guarded = gate.due === 'day-before' ? guardedPhase(gate, phases) : undefined;
  if (guarded) {
    // A day the people it judges work, on the plan's week: their holidays (own.calendar) too.
    const days = calendar.withHolidaysOf(own.calendar);
    if (!pauses) return { day: days.onOrBefore(guarded.plannedStart - 1), moves: 0 };
    const launch = pauses.for({ phase: guarded.id }).move(guarded.plannedStart, guarded.calendar, false, guarded.meantStart);
    if (!Number.isFinite(guarded.start)) return { ...launch, was: days.onOrBefore(launch.was! - 1) };
    const day = days.onOrBefore(guarded.start - 1);
    // The day before the launch is the day it is meant for, not a day it moved off.
    return { day, moves: launch.moves, meant: day };
  }
  const within = parseDuration(gate.within);
  const nominal = own.plannedStart + within;
  // On a day its phase's people work, as their messages go out: a holiday of half or more of them,
  // at their locations, moves it (own.calendar); the plan's calendar for a phase of no people of its own.
  const days = own.calendar;
  const planned = days.onOrAfter(nominal);
  if (!pauses) return { day: planned, moves: 0 };
  // A launch held over from a holiday goes back to the weekday it was meant for once a pause moves
  // it (see movedPhase): its gate counts from that weekday too, so it stays `within` after the launch.
  const launch = pauses.for({ phase: own.id }).move(own.plannedStart, days, false, own.meantStart);
  const meant = launch.meant !== undefined && launch.meant !== own.meantStart ? own.meantStart + within : nominal;
  // A pause of one part moves the gates of that part: of its phase, or at its location.
  return pauses.for({ phase: gate.phase, location: gate.location }).move(planned, days, false, meant);
}
