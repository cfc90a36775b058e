import { TZDate } from '@date-fns/tz';
import type { Plan } from '../plan/resolve.js';
import { type Day, formatDay, parseClock, parseDay } from '../util/dates.js';
import type { WorkCalendar } from './calendar.js';
import { localAttendanceProblem } from './working-hours.js';
import type { Language } from '../plan/schema.js';

type Location = Plan['organization']['locations'][number];

/** Local date and minutes after midnight, in `zone`, of a wall-clock time in `from`. */
export function convertTime(day: Day, minutes: number, from: string, zone: string): { day: Day; minutes: number } {
  const [y, m, d] = formatDay(day).split('-').map(Number) as [number, number, number];
  const instant = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, from);
  const local = new TZDate(instant.getTime(), zone);
  const date = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  return { day: parseDay(date), minutes: local.getHours() * 60 + local.getMinutes() };
}

/**
 * Why people of a location cannot attend a session held at `time` in `zone`, or undefined when
 * it falls inside their working hours (a night shift's included) on one of their working days.
 */
export function attendanceProblem(
  day: Day,
  time: string,
  minutes: number,
  zone: string,
  location: Location,
  calendar: WorkCalendar,
  lang: Language = 'en',
): string | undefined {
  return localAttendanceProblem(convertTime(day, parseClock(time), zone, location.timezone), minutes, location, calendar, lang);
}

/** Spreads `count` picks evenly over `items` (3 of 5 working days: 1st, 3rd, 5th). */
export function spread<T>(items: T[], count: number): T[] {
  if (count >= items.length) return items;
  if (count <= 0) return [];
  if (count === 1) return [items[0]!];
  const picks = new Set<number>();
  for (let i = 0; i < count; i++) picks.add(Math.round((i * (items.length - 1)) / (count - 1)));
  return [...picks].map((i) => items[i]!);
}

/** Working days from `from` to `to`, both included. */
export function workingDaysBetween(calendar: WorkCalendar, from: Day, to: Day): Day[] {
  const days: Day[] = [];
  for (let d = from; d <= to; d++) if (calendar.isWorkingDay(d)) days.push(d);
  return days;
}
