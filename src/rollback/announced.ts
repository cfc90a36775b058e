import type { Plan } from '../plan/resolve.js';
import type { Schedule, SchedulePartRollback, ScheduleEvent } from '../schedule/types.js';
import { compareEvents } from '../schedule/event-order.js';
import { planCalendar, weekOf } from '../schedule/phases.js';
import { locationCalendar } from '../schedule/calendar.js';
import { formatDay, parseDay } from '../util/dates.js';

/**
 * The day a part's second try is first told: the working day of the part's people on or after
 * the day it was decided, as a pause decided on a Saturday is told on the Monday.
 */
export function toldOn(plan: Plan, r: Pick<SchedulePartRollback, 'only'> & { resume?: { decided?: string } }): string {
  const place = plan.organization.locations.find((l) => l.name === r.only.location);
  const calendar = place ? locationCalendar(plan, place) : planCalendar(plan);
  return formatDay(calendar.onOrAfter(parseDay(r.resume!.decided!)));
}

/**
 * A part's second try is announced from the day it was decided (`resume.decided`): its items dated
 * from the rollback up to that day (its announcement, as far ahead of the new start as the first
 * time) could not go out while nobody knew of it, so they are dated the first working day from
 * then. A reminder that lands on its announcement's day is left out: the announcement says it.
 */
export function announcedWhenDecided(schedule: Schedule, plan: Plan): Schedule {
  const decided = (schedule.rollbacks ?? []).filter((r) => r.resume?.decided !== undefined).map((r) => ({ r, told: toldOn(plan, r) }));
  if (decided.length === 0) return schedule;
  const start = parseDay(schedule.start);
  const moved = new Set<ScheduleEvent>();
  const events = schedule.events.map((e) => {
    const d = decided.find(({ r, told }) => e.phase !== undefined && r.phases.includes(e.phase) && e.date >= r.on && e.date < told);
    if (!d) return e;
    const dated = { ...e, date: d.told, week: weekOf(start, parseDay(d.told)) };
    moved.add(dated);
    return dated;
  });
  // Also a reminder dated that day as it was: a week ahead of a relaunch decided a week ahead.
  const announced = (e: ScheduleEvent) => events.some((a) => moved.has(a) && a.type === 'announcement' && a.phase === e.phase && a.location === e.location && a.date === e.date);
  const kept = events.filter((e) => !(e.type === 'reminder' && announced(e)));
  const rollbacks = schedule.rollbacks!.map((r) => {
    const told = decided.find((d) => d.r === r)?.told;
    return told === undefined || told === r.resume!.decided ? r : { ...r, resume: { ...r.resume!, announced: told } };
  });
  return { ...schedule, events: kept.sort(compareEvents), rollbacks };
}
