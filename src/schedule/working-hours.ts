import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { type Day, formatClock, formatDay, parseClock, type Weekday } from '../util/dates.js';
import type { WorkCalendar } from './calendar.js';
import { scheduleWords } from './words.js';

/** How to write the working hours of a shift past midnight and of round-the-clock work, for errors. */
export const SHIFT_SPELLING = 'a shift past midnight is written { start: "23:00", end: "07:00" }, round the clock { start: "00:00", end: "24:00" }';

const DAY = 24 * 60;

/**
 * Whether a session from `minutes` after local midnight, `length` minutes long, falls inside the
 * working hours: 0 in the shift that starts that day, -1 in the one that started the day before
 * (02:00 in a 23:00-07:00 night shift), undefined outside them. An end at or before the start
 * crosses midnight; 00:00-24:00 is round the clock.
 */
export function shiftOf(hours: { start: string; end: string }, minutes: number, length: number): 0 | -1 | undefined {
  const from = parseClock(hours.start);
  const end = parseClock(hours.end);
  const to = end <= from ? end + DAY : end;
  if (to - from >= DAY) return 0;
  if (minutes >= from && minutes + length <= to) return 0;
  if (minutes + DAY >= from && minutes + DAY + length <= to) return -1;
  return undefined;
}

/**
 * Whether a location works in shifts: every day of the week, past midnight, or more than twelve
 * hours a day. Not all its people are at work on a given morning, so its messages say "on your
 * first shift" rather than "this morning".
 */
export function worksShifts(workingDays: readonly Weekday[], hours?: { start: string; end: string }): boolean {
  if (workingDays.length === 7) return true;
  if (!hours) return false;
  const from = parseClock(hours.start);
  const end = parseClock(hours.end);
  return end < from || end - from > 12 * 60;
}

/**
 * Why people of a location cannot attend a session from `local` (its day and minutes after
 * midnight on the location's clock), `length` minutes long, or undefined when it falls inside
 * their working hours (a night shift's included) on one of their working days.
 */
export function localAttendanceProblem(local: { day: Day; minutes: number }, length: number, location: Plan['organization']['locations'][number], calendar: WorkCalendar, lang: Language = 'en'): string | undefined {
  const words = scheduleWords(lang);
  const { start, end } = location.workingHours;
  const shift = shiftOf(location.workingHours, local.minutes, length);
  // A session after midnight in a night shift belongs to the day that shift began.
  const shiftDay = local.day + (shift ?? 0);
  if (!calendar.isWorkingDay(shiftDay)) return words.notWorking(location.name, formatDay(shiftDay), calendar.whyNotWorking(shiftDay));
  const to = formatClock((local.minutes + length) % DAY);
  return shift === undefined ? words.outsideHours(location.name, formatClock(local.minutes), to, start, end) : undefined;
}
