import { isSolo } from '../plan/fit.js';
import type { Plan } from '../plan/resolve.js';
import type { Moved, Pauses } from '../pauses/pauses.js';
import { addMonths, parseDuration, type Day } from '../util/dates.js';
import type { WorkCalendar } from './calendar.js';
import { movedPhase, type TimedPhase } from './phases.js';

/** A review or the retrospective, and how long after the end of the rollout it comes. */
export type LookBack = ({ type: 'review'; key: 'week-1' | 'month-1' | 'month-3' } | { type: 'retrospective'; key: 'retrospective' }) & { after: (end: Day) => Day };

/** The reviews and the retrospective after a rollout, in the order they are added to the schedule. */
export function lookBacks(plan: Plan): LookBack[] {
  const retrospective = parseDuration(plan.communications.retrospectiveAfter);
  return [
    { type: 'review', key: 'week-1', after: (end) => end + 7 },
    { type: 'review', key: 'month-1', after: (end) => addMonths(end, 1) },
    { type: 'review', key: 'month-3', after: (end) => addMonths(end, 3) },
    { type: 'retrospective', key: 'retrospective', after: (end) => end + retrospective },
  ];
}

/** The rollout's end as planned (`complete`) and after the pauses and extensions (`ended`, undefined while a pause or a rollback holds it). */
export interface RolloutEnds {
  complete: Day;
  ended: Day | undefined;
}

/** The phase the rollout ends with: the reviews look back on it, so a pause that moves it moves them. */
export function endPhase(plan: Plan, timed: readonly TimedPhase[]): string | undefined {
  const ending = timed.filter((p) => p.kind !== 'stabilize' || isSolo(plan));
  return ending.reduce<TimedPhase | undefined>((last, p) => (last === undefined || p.plannedEnd >= last.plannedEnd ? p : last), undefined)?.id;
}

/**
 * Where the rollout ends: after the last launch, which may run longer by an extension, or after
 * the switch-off when it has one; as planned, and after the pauses and extensions.
 */
export function rolloutEnds(timed: readonly TimedPhase[], start: Day, pauses: Pauses): RolloutEnds {
  const launches = timed.filter((p) => p.kind === 'launch');
  const ending = launches.reduce<TimedPhase | undefined>((last, p) => (last === undefined || p.plannedEnd >= last.plannedEnd ? p : last), undefined);
  const lastLaunch = Math.max(...launches.map((p) => p.plannedEnd), start) + (ending ? extraDays(ending, pauses) : 0);
  const switchOff = timed.find((p) => p.kind === 'decommission');
  const planned = switchOff && Number.isFinite(switchOff.plannedEnd);
  const ends = [...launches.map((p) => p.end), ...(planned ? [switchOff.end] : [])];
  return { complete: Math.max(lastLaunch, planned ? switchOff.plannedEnd : lastLaunch), ended: ends.every(Number.isFinite) ? Math.max(start, ...ends) : undefined };
}

/** How many days a phase's extensions add to its end, after the pauses. */
function extraDays(p: TimedPhase, pauses: Pauses): number {
  const extended = pauses.extendedEnd(p.id);
  return extended === undefined ? 0 : Math.max(0, extended - movedPhase(p, pauses.for({ phase: p.id }), p.calendar).end);
}

/**
 * Where a review `after` the end of the rollout lands: counted from the end the pauses and
 * extensions give the rollout, as from a planned end. A month counted from the planned end and
 * then moved by a pause's working days drifts (26 June, a Saturday, held over to Monday 28 June,
 * then a week on: 5 July, where 3 months after an end moved to 2 April is 2 July). Only the
 * pauses after that end move it further. Its calendar entry counts both: the pauses that moved
 * the end, and those after it that move the review.
 */
export function lookBackDay(pauses: Pauses, calendar: WorkCalendar, ends: RolloutEnds, after: (end: Day) => Day): Moved {
  if (ends.ended === undefined) return heldLookBack(pauses, calendar, ends.complete, after);
  const later = pauses.after(ends.ended).land(after(ends.ended), calendar);
  return { ...later, moves: pauses.move(ends.complete, calendar).moves + later.moves };
}

/**
 * A review an open pause holds keeps the day it had before that pause: counted from the end the
 * pauses before it gave the rollout, as a calendar entry cancelled at its last date.
 */
function heldLookBack(pauses: Pauses, calendar: WorkCalendar, complete: Day, after: (end: Day) => Day): Moved {
  const held = pauses.land(after(complete), calendar);
  const end = pauses.move(complete, calendar, true);
  if (held.heldBy === undefined || end.heldBy !== held.heldBy || end.was === undefined) return held;
  const had = lookBackDay(pauses.first(pauses.spans.indexOf(held.heldBy)), calendar, { complete, ended: end.was }, after);
  return { ...held, was: had.day, moves: had.moves };
}
