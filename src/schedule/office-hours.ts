import type { Plan } from '../plan/resolve.js';
import type { Day } from '../util/dates.js';
import type { WorkCalendar } from './calendar.js';
import type { ScheduleWords } from './words.js';
import { spread, workingDaysBetween } from './sessions.js';

export type OfficeHoursKey = 'first-week' | 'second-week' | 'weekly' | 'extended';

/** One office-hours session: its working day, the day it is meant for, and which week's rule gave it. */
export interface OfficeHour {
  day: Day;
  /** The day the phase was meant to start, for a session on its first day that a holiday moved; else `day`. */
  meant: Day;
  key: OfficeHoursKey;
}

/**
 * The playbook's office hours of a phase running from `start` to `end` at one place: daily in its
 * first week, `secondWeekPerWeek` spread over its second, the first working day of each later week
 * with `after: weekly`; counted from its own first day and never past its last. `meant` is the day
 * it was meant to start, which a session on its first day is meant for.
 */
export function officeHourDays(oh: Plan['training']['officeHours'], calendar: WorkCalendar, start: Day, end: Day, meant: Day): OfficeHour[] {
  const at = (key: OfficeHoursKey) => (day: Day): OfficeHour => ({ day, meant: day === start ? calendar.meantFor(day, meant) : day, key });
  const out = workingDaysBetween(calendar, start, Math.min(start + 6, end)).map(at('first-week'));
  out.push(...spread(workingDaysBetween(calendar, start + 7, Math.min(start + 13, end)), oh.secondWeekPerWeek).map(at('second-week')));
  if (oh.after === 'weekly') {
    for (let w = start + 14; w <= end; w += 7) {
      const days = workingDaysBetween(calendar, w, Math.min(w + 6, end));
      if (days.length > 0) out.push(at('weekly')(days[0]!));
    }
  }
  return out;
}

/**
 * The office hours of the days an extension adds to a phase, from the day after `end` (its end
 * without them) to `extended`: as in its second week, `secondWeekPerWeek` spread over each week
 * (at least one), so that people whose phase runs longer keep the support they had.
 */
export function extendedOfficeHourDays(oh: Plan['training']['officeHours'], calendar: WorkCalendar, end: Day, extended: Day): OfficeHour[] {
  const out: OfficeHour[] = [];
  for (let w = end + 1; w <= extended; w += 7) {
    const days = workingDaysBetween(calendar, w, Math.min(w + 6, extended));
    out.push(...spread(days, Math.max(1, oh.secondWeekPerWeek)).map((day): OfficeHour => ({ day, meant: day, key: 'extended' })));
  }
  return out;
}

/**
 * The title of each session of a phase, as the schedule and what-if name them, by its kind; the
 * sessions of the first and second week back from a pause say so (`back`), not that they are the
 * phase's first or second week. `calendar`: the days they fall on; the first week's are daily
 * only where that is every day of the week, as the messages say.
 */
export function officeHourTitles(words: ScheduleWords, oh: Plan['training']['officeHours'], phaseName: string, calendar: WorkCalendar): (session: { key: OfficeHoursKey; back?: true }) => string {
  const firstWeek = (back?: boolean) => (calendar.everyDay ? words.officeHoursDaily(phaseName, back) : words.officeHoursEveryWorkingDay(phaseName, back));
  const titles: Record<OfficeHoursKey, string> = { 'first-week': firstWeek(), 'second-week': words.officeHoursSecondWeek(oh.secondWeekPerWeek, phaseName), weekly: words.officeHoursWeekly(phaseName), extended: words.officeHoursExtended(Math.max(1, oh.secondWeekPerWeek), phaseName) };
  const back: Partial<Record<OfficeHoursKey, string>> = { 'first-week': firstWeek(true), 'second-week': words.officeHoursSecondWeek(oh.secondWeekPerWeek, phaseName, true) };
  return (session) => (session.back ? (back[session.key] ?? titles[session.key]) : titles[session.key]);
}
