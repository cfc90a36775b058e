import type { Plan } from '../plan/resolve.js';
import { parseDay, weekday, type Day } from '../util/dates.js';
import { buildSchedule } from './build.js';

/** Days from the plan's first dated item (get-started, the first announcement) to its start. */
export function leadDays(plan: Plan): number {
  const start = parseDay(plan.start);
  return start - buildSchedule(plan).events.reduce((first, e) => Math.min(first, parseDay(e.date)), start);
}

/** The first Monday after `today` from which a plan with this lead time dates nothing before `today`. */
export function firstStartAfter(today: Day, lead: number): Day {
  let day = today + Math.max(lead, 1);
  while (weekday(day) !== 'mon') day++;
  return day;
}
