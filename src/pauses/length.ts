import type { Plan } from '../plan/resolve.js';
import type { Language } from '../plan/schema.js';
import { locationCalendar, workingDaysOf } from '../schedule/calendar.js';
import { planCalendar } from '../schedule/phases.js';
import type { Schedule, ScheduleExtension, SchedulePause } from '../schedule/types.js';
import { parseDay, type Day } from '../util/dates.js';
import { workingDaysLabel } from '../util/working-days.js';
import { pauseReaders } from './readers.js';

/** How far a pause moves the items of the people it moves, as the schedule gives it. */
export type PauseLength = Pick<SchedulePause, 'workingDays' | 'weeks' | 'workingDaysAt'>;

/** How far an extension moves what waits for its phase: the same, never open. */
export type ExtensionLength = Pick<ScheduleExtension, 'workingDays' | 'weeks' | 'workingDaysAt'>;

type Location = Plan['organization']['locations'][number];

/**
 * A pause's length on the working weeks of the people whose dates it moves (its notices' readers):
 * each location's items move by its own working days, so a two-week pause is 10 working days in
 * Paramaribo (Monday to Friday) and 12 in Nieuw Nickerie (Monday to Saturday); see lengthOnWeeks.
 */
export function pauseLength(plan: Plan, schedule: Schedule, pause: SchedulePause): PauseLength {
  if (pause.until === null) return { workingDays: null };
  return lengthOnWeeks(plan, parseDay(pause.from), parseDay(pause.until), () => readerLocations(plan, schedule, pause));
}

/**
 * The working days from `from` up to `until` as told to the people at `readers` (asked only when
 * locations count them differently): one count when they all work the same week; else in weeks
 * for days of whole weeks, which is true on every calendar; else the count on the plan's week
 * with each location that counts otherwise.
 */
export function lengthOnWeeks(plan: Plan, from: Day, until: Day, readers: () => Location[]): ExtensionLength {
  const own = planCalendar(plan).weekdaysBetween(from, until);
  // Counted once for each working week: a plan may have thousands of locations and a few weeks.
  const byWeek = new Map<string, number>();
  const countAt = (l: Location) => {
    const week = workingDaysOf(plan, l).join(' ');
    let n = byWeek.get(week);
    if (n === undefined) byWeek.set(week, (n = locationCalendar(plan, l).weekdaysBetween(from, until)));
    return n;
  };
  const everywhere = plan.organization.locations.map((l) => ({ location: l.name, workingDays: countAt(l) }));
  // Most plans count it alike everywhere: no need to find whom it moves.
  if (everywhere.every((c) => c.workingDays === own)) return { workingDays: own };
  const places = readers();
  const counts = everywhere.filter((c) => places.some((l) => l.name === c.location));
  const base = counts.length === 0 || places.some((l) => l.workingDays === undefined) ? own : counts[0]!.workingDays;
  const other = counts.filter((c) => c.workingDays !== base);
  if (other.length === 0) return { workingDays: base };
  if ((until - from) % 7 === 0) return { workingDays: base, weeks: (until - from) / 7 };
  return { workingDays: base, workingDaysAt: Object.fromEntries(other.map((c) => [c.location, c.workingDays])) };
}

/** The locations of the people a pause's notices go to: everyone's, or those of the phases whose dates it moves. */
function readerLocations(plan: Plan, schedule: Schedule, pause: SchedulePause): Location[] {
  const { locations } = plan.organization;
  const readers = pauseReaders(schedule, pause);
  if (readers.everyone) return locations;
  const phases = [...schedule.phases, ...schedule.held.phases];
  // A phase's people at the paused location alone, or at each place it brings in people from.
  const names = new Set(readers.phases.flatMap((r) => (r.location !== undefined ? [r.location] : (phases.find((p) => p.id === r.id)?.locations ?? []))));
  return locations.filter((l) => names.has(l.name));
}

/** A pause's or an extension's length in words: `10 working days`, `2 weeks`, `3 working days (4 in Nieuw Nickerie)`. */
export function pauseLengthLabel(length: PauseLength, lang: Language): string {
  const { workingDays, weeks, workingDaysAt } = length;
  if (weeks !== undefined) return lang === 'nl' ? `${weeks} ${weeks === 1 ? 'week' : 'weken'}` : `${weeks} week${weeks === 1 ? '' : 's'}`;
  const at = Object.entries(workingDaysAt ?? {}).map(([location, days]) => `${days} ${lang === 'nl' ? 'in' : 'at'} ${location}`);
  return `${workingDaysLabel(workingDays, lang)}${at.length > 0 ? ` (${at.join(', ')})` : ''}`;
}
