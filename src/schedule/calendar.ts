import { type Day, parseDay, weekday, WEEKDAYS, type Weekday } from '../util/dates.js';
import type { Holiday, Language } from '../plan/schema.js';
import type { Plan } from '../plan/resolve.js';
import { locationSizes } from './reach.js';
import { scheduleWords } from './words.js';

export function holidayMap(...lists: Holiday[][]): Map<Day, string> {
  const map = new Map<Day, string>();
  for (const h of lists.flat()) {
    // An empty name: a holiday the plan does not name.
    if (typeof h === 'string') map.set(parseDay(h), '');
    else map.set(parseDay(h.date), h.name ?? '');
  }
  return map;
}

/** Working days and holidays of one place. */
export class WorkCalendar {
  private readonly working: Set<Weekday>;

  constructor(
    workingDays: readonly Weekday[],
    readonly holidays: ReadonlyMap<Day, string>,
    private readonly language: Language = 'en',
  ) {
    this.working = new Set(workingDays);
  }

  /** Whether a weekday is on the working week (holidays aside). */
  works(day: Weekday): boolean {
    return this.working.has(day);
  }

  /** Whether every day of the week is worked (holidays aside). */
  get everyDay(): boolean {
    return this.working.size === WEEKDAYS.length;
  }

  isWorkingDay(day: Day): boolean {
    return this.working.has(weekday(day)) && !this.holidays.has(day);
  }

  /** Why a day is not worked, e.g. `Saturday` or `holiday (Keti Koti)`, in the calendar's language. */
  whyNotWorking(day: Day): string {
    const words = scheduleWords(this.language);
    const holiday = this.holidays.get(day);
    if (holiday !== undefined) return holiday === '' ? words.holiday : `${words.holiday} (${holiday})`;
    return words.days[weekday(day)];
  }

  /** Days from `from` up to (not including) `until` on a working weekday, holidays or not. */
  weekdaysBetween(from: Day, until: Day): number {
    let n = 0;
    for (let d = from; d < until; d++) if (this.working.has(weekday(d))) n++;
    return n;
  }

  /**
   * The day `n` working weekdays after `day`, holidays or not: n = 10 is two weeks on. A day
   * off the working week counts from the working weekday after it (before it with `earlier`).
   */
  afterWeekdays(day: Day, n: number, earlier = false): Day {
    let d = day;
    while (!this.working.has(weekday(d))) d += earlier ? -1 : 1;
    for (let i = 0; i < n; i++) {
      d++;
      while (!this.working.has(weekday(d))) d++;
    }
    return d;
  }

  /** The day itself when worked, else the next working day. */
  onOrAfter(day: Day): Day {
    let d = day;
    while (!this.isWorkingDay(d)) d++;
    return d;
  }

  /** The day itself when worked, else the previous working day. */
  onOrBefore(day: Day): Day {
    let d = day;
    while (!this.isWorkingDay(d)) d--;
    return d;
  }

  /**
   * The day an item on a phase's first day (`day`) is meant for: the day the phase was meant to
   * start when this calendar moves that day to `day`; else `day`, as for a place that works then.
   */
  meantFor(day: Day, meant: Day): Day {
    return this.onOrAfter(meant) === day ? meant : day;
  }

  /** The days both this calendar and `other` work: each one's holidays (named by both), the weekdays both work. */
  and(other: WorkCalendar): WorkCalendar {
    const days = WEEKDAYS.filter((d) => this.working.has(d) && other.working.has(d));
    const holidays = new Map(this.holidays);
    for (const [day, name] of other.holidays) holidays.set(day, [...new Set([holidays.get(day), name].filter((n) => n !== undefined && n !== ''))].join('; '));
    return new WorkCalendar(days.length > 0 ? days : [...this.working], holidays, this.language);
  }

  /**
   * This calendar's working week with `other`'s holidays as well: a part's days off on the plan's
   * week. A day this calendar has off keeps its own name.
   */
  withHolidaysOf(other: WorkCalendar): WorkCalendar {
    const holidays = new Map(this.holidays);
    for (const [day, name] of other.holidays) if (!holidays.has(day)) holidays.set(day, name);
    return new WorkCalendar([...this.working], holidays, this.language);
  }

  /** The n-th working day (1-based) on or after `day`. */
  nthWorkingDay(day: Day, n: number): Day {
    let d = this.onOrAfter(day);
    for (let i = 1; i < n; i++) d = this.onOrAfter(d + 1);
    return d;
  }
}

/**
 * The days a group of people works: the plan's calendar (`global`), with each location holiday
 * that half or more of `readers` (people at each location, by index into organization.locations)
 * have off, named with its place; with `off: 'any'`, each holiday any of them has off (a session
 * all of them attend); with `off: 'all'`, each day all of them have off, on the plan's week (the
 * coordinator, who works wherever they do). A location none of them works at has no say.
 */
export function readersCalendar(plan: Plan, global: WorkCalendar, readers: readonly number[], own = locationHolidays(plan), off: Off = 'half'): WorkCalendar {
  const total = readers.reduce((a, b) => a + b, 0);
  const away = new Map<Day, { people: number; names: string[] }>();
  own.forEach((days, i) => {
    // A location none of them works at has no say: a phase at one of 1,000 places reads one list.
    if (!readers[i]) return;
    const where = plan.organization.locations[i]!.name;
    for (const [day, name] of days) {
      const entry = away.get(day) ?? { people: 0, names: [] };
      entry.people += readers[i]!;
      entry.names.push(name === '' ? where : `${name}, ${where}`);
      away.set(day, entry);
    }
  });
  const holidays = new Map(global.holidays);
  const isOff = (people: number) => (off === 'any' ? true : off === 'all' ? people === total : 2 * people >= total);
  for (const [day, { people, names }] of away) if (isOff(people) && !holidays.has(day)) holidays.set(day, names.join('; '));
  return new WorkCalendar(readersWeekdays(plan, readers, total, off), holidays, plan.language);
}

/** When a day off counts for a group: off for half or more of them, for any, or for all. */
export type Off = 'half' | 'any' | 'all';

/**
 * The weekdays a group of people works, by the same rule as their holidays: a weekday off for
 * half or more of them (with `off: 'any'`, for any of them) is off; with `off: 'all'`, the plan's
 * weekdays that any of them works. Without readers, the plan's.
 */
function readersWeekdays(plan: Plan, readers: readonly number[], total: number, off: Off): Weekday[] {
  if (total === 0) return plan.calendar.workingDays;
  const away = (day: Weekday) => plan.organization.locations.reduce((n, l, i) => n + (workingDaysOf(plan, l).includes(day) ? 0 : (readers[i] ?? 0)), 0);
  if (off === 'all') {
    const worked = plan.calendar.workingDays.filter((day) => away(day) < total);
    return worked.length > 0 ? worked : plan.calendar.workingDays;
  }
  const days = WEEKDAYS.filter((day) => away(day) === 0 || (off === 'half' && 2 * away(day) < total));
  // Places that share no day (or split evenly): the days any of them works, so there is always one.
  return days.length > 0 ? days : WEEKDAYS.filter((day) => away(day) < total);
}

/**
 * The days someone in the organization works: each day some location with people works, on its
 * own week, off its own holidays and the plan's (`global`). A Saturday only a Monday-Saturday
 * branch works is a working day, one it has off (a holiday of its own) none; a holiday of some
 * locations is a working day of the others. The days of a count that names no location, such as
 * a helpdesk's tickets.
 */
export function organizationCalendar(plan: Plan, global: WorkCalendar): WorkCalendar {
  const people = locationSizes(plan);
  return placesCalendar(plan, global, plan.organization.locations.flatMap((_, i) => (people[i]! > 0 ? [i] : [])));
}

/**
 * The days any of some locations works (by index into organization.locations; -1 for people
 * of no location, who work the plan's days, `global`), each on its own week and holidays: the
 * days of a count of the people there, such as the tickets they raise. Without one, `global`.
 */
export function placesCalendar(plan: Plan, global: WorkCalendar, locations: readonly number[]): WorkCalendar {
  const places = [...new Set(locations)].map((i) => (i < 0 ? global : locationCalendar(plan, plan.organization.locations[i]!)));
  if (places.length === 0) return global;
  const weekdays = WEEKDAYS.filter((day) => places.some((p) => p.works(day)));
  // A day off counts when every location that works its weekday has it off.
  const holidays = new Map<Day, string>();
  for (const place of places) {
    for (const [day, name] of place.holidays) {
      if (!weekdays.includes(weekday(day)) || places.some((p) => p.isWorkingDay(day))) continue;
      const names = [holidays.get(day), name].filter((n) => n !== undefined && n !== '');
      holidays.set(day, [...new Set(names)].join('; '));
    }
  }
  return new WorkCalendar(weekdays, holidays, plan.language);
}

/** The weekdays a location works: its own, else the plan's. */
export function workingDaysOf(plan: Plan, location: Plan['organization']['locations'][number]): readonly Weekday[] {
  return location.workingDays ?? plan.calendar.workingDays;
}

/** Each location's own holidays, by index into organization.locations. */
export function locationHolidays(plan: Plan): Map<Day, string>[] {
  return plan.organization.locations.map((l) => holidayMap(l.holidays));
}

/** The days worked at one location: the plan's holidays and its own; `language`: the one its reasons are given in. */
export function locationCalendar(plan: Plan, location: Plan['organization']['locations'][number], language: Language = plan.language): WorkCalendar {
  return new WorkCalendar(workingDaysOf(plan, location), holidayMap(plan.calendar.holidays, location.holidays), language);
}

