import type { Schedule } from '../schedule/types.js';
import { compareEvents } from '../schedule/event-order.js';
import { weekOf } from '../schedule/phases.js';
import { parseDay } from '../util/dates.js';

/**
 * A part's second try is announced from the day it was decided (`resume.decided`): its items dated
 * from the rollback up to that day (its announcement, as far ahead of the new start as the first
 * time) could not go out while nobody knew of it, so they are dated that day.
 */
export function announcedWhenDecided(schedule: Schedule): Schedule {
  const decided = (schedule.rollbacks ?? []).filter((r) => r.resume?.decided !== undefined);
  if (decided.length === 0) return schedule;
  const start = parseDay(schedule.start);
  const events = schedule.events.map((e) => {
    const r = decided.find((x) => e.phase !== undefined && x.phases.includes(e.phase) && e.date >= x.on && e.date < x.resume!.decided!);
    return r ? { ...e, date: r.resume!.decided!, week: weekOf(start, parseDay(r.resume!.decided!)) } : e;
  });
  return { ...schedule, events: events.sort(compareEvents) };
}
