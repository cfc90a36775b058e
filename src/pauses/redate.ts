import type { Plan } from '../plan/resolve.js';
import { holidayMap, WorkCalendar } from '../schedule/calendar.js';
import { planCalendar, planPauses, timePhases, weekOf, type TimedPhase } from '../schedule/phases.js';
import type { Schedule, ScheduleEvent } from '../schedule/types.js';
import { scheduleWords } from '../schedule/words.js';
import { landsEarlier, weekTitle } from '../schedule/landing.js';
import { gateDue, guardedPhase } from '../guards/guarded.js';
import { formatDay, parseDay, type Day } from '../util/dates.js';
import { Pauses } from './pauses.js';

/** Each item's new date, SEQUENCE and title; `date` is the old one when the item stays. */
export type Redated = (event: ScheduleEvent, date: string, sequence: number | undefined, title: string) => void;

/**
 * The dated items of `after`, a plan that is `before` with pauses added after all of its own,
 * from the schedule of `before`: `each` gets every item as building `after` would date it,
 * without building it (what-if and diff compare schedules of 27,000 items); the pause notices of
 * the new pauses are returned. Undefined when that does not apply (an open pause, a pause added
 * before one the plan has, a rollback): build `after` then.
 */
export function redateEvents(schedule: Schedule, before: Plan, after: Plan, each: Redated): ScheduleEvent[] | undefined {
  const added = after.pauses.slice(before.pauses.length);
  const lastFrom = before.pauses.reduce((max, p) => (p.from > max ? p.from : max), '');
  const same = after.pauses.slice(0, before.pauses.length).every((p, i) => p === before.pauses[i] || JSON.stringify(p) === JSON.stringify(before.pauses[i]));
  // A rollback withdraws what a pause moves onto or past its day: build `after` then.
  if (after.rollback !== undefined || !same || added.length === 0 || schedule.held.events.length > 0 || added.some((p) => p.until === undefined || p.from <= lastFrom)) return undefined;

  const global = planCalendar(after);
  // Only the new pauses: the dates of `before` already carry its own.
  const fresh = new Pauses(added, global);
  const places = new Map(after.organization.locations.map((l) => [l.name, new WorkCalendar(after.calendar.workingDays, holidayMap(after.calendar.holidays, l.holidays), after.language)]));
  const phases = timePhases(after);
  const dayBefore = dayBeforeGates(after, phases);
  const words = scheduleWords(after.language);
  // A reminder names the day its phase starts, wherever the pause moved it.
  const reminders = new Map(phases.filter((p) => Number.isFinite(p.start)).map((p) => [p.id, words.remind(p.name, formatDay(p.start))]));
  const start = parseDay(after.start);
  for (const event of schedule.events) {
    if (event.type === 'pause' || event.type === 'resume') {
      each(event, event.date, event.sequence, event.title);
      continue;
    }
    const fixed = event.type === 'gate' ? dayBefore.get(event.key) : undefined;
    const calendar = event.type !== 'gate' && event.location !== undefined ? (places.get(event.location) ?? global) : global;
    const was = parseDay(event.date);
    // The day it was meant for, before a holiday moved it: a pause moves that, as building does.
    const meant = event.movedFrom !== undefined ? parseDay(event.movedFrom) : was;
    const moved = fixed ?? fresh.move(was, calendar, landsEarlier(event, meant, start), meant);
    const byWeek = moved.day === was ? undefined : weekTitle(event, words);
    const title = event.type === 'reminder' ? (reminders.get(event.phase!) ?? event.title) : byWeek ? byWeek(weekOf(start, moved.day)) : event.title;
    // A pause that reaches an item is a revision of its calendar entry, even where it leaves the day as it was.
    const moves = fixed ? fixed.moves : (event.sequence ?? 0) + moved.moves;
    each(event, moved.day === was ? event.date : formatDay(moved.day), moves > 0 ? moves : undefined, title);
  }
  const notices: ScheduleEvent[] = [];
  for (const span of fresh.spans) {
    const { pause } = span;
    const ref = { ...(pause.phase !== undefined ? { phase: pause.phase } : {}), key: `pause-${before.pauses.length + span.index + 1}` };
    const on = global.onOrAfter(span.from);
    notices.push({ date: formatDay(on), type: 'pause', ...ref, title: words.pause(pause.reason), week: weekOf(start, on) } as ScheduleEvent);
    const notice = global.onOrAfter(Math.max(span.from, global.onOrBefore(span.until! - 1)));
    notices.push({ date: formatDay(notice), type: 'resume', ...ref, title: words.resume(pause.until!), week: weekOf(start, notice) } as ScheduleEvent);
  }
  return notices;
}

/** The events of `after` in full (see redateEvents), in date order; phases, flags and the end stay those of `before`. */
export function redate(schedule: Schedule, before: Plan, after: Plan): Schedule | undefined {
  const start = parseDay(after.start);
  const events: ScheduleEvent[] = [];
  const notices = redateEvents(schedule, before, after, (event, date, sequence, title) => {
    if (date === event.date && title === event.title && sequence === event.sequence) events.push(event);
    else {
      const copy: ScheduleEvent = { ...event, date, week: weekOf(start, parseDay(date)), title };
      if (date !== event.date) copy.pausedFrom = event.pausedFrom ?? event.date;
      if (sequence !== undefined) copy.sequence = sequence;
      events.push(copy);
    }
  });
  if (!notices) return undefined;
  events.push(...notices);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...schedule, events };
}

/** Whether two plans differ in their pauses alone: then `redate` may give the second's dates. */
export function onlyPausesDiffer(before: Plan, after: Plan): boolean {
  const rest = (plan: Plan) => JSON.stringify({ ...plan.raw, pauses: undefined });
  return rest(before) === rest(after);
}

/** Where each day-before gate falls after the pauses: the last working day before the launch it guards, wherever that moved. */
function dayBeforeGates(plan: Plan, phases: TimedPhase[]): Map<string, { day: Day; moves: number }> {
  const calendar = planCalendar(plan);
  const pauses = planPauses(plan, calendar);
  const out = new Map<string, { day: Day; moves: number }>();
  for (const gate of plan.gates) {
    const guarded = gate.due === 'day-before' ? guardedPhase(gate, phases) : undefined;
    if (guarded) out.set(gate.id, gateDue(gate, phases, calendar, pauses));
  }
  return out;
}
