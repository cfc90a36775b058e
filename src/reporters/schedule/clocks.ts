import type { Schedule, ScheduleEvent } from '../../schedule/types.js';
import { convertTime } from '../../schedule/sessions.js';
import { parseClock, parseDay } from '../../util/dates.js';

/**
 * Whether the schedule's sessions are held on clocks that show different times at once (Willemstad
 * an hour behind Paramaribo): then each time says whose it is. A shared session that its people
 * read on another clock (`localTimes`) counts; zones of one offset (Paramaribo and Cayenne) do not.
 */
export function severalClocks(schedule: Pick<Schedule, 'events'>): boolean {
  const timed = schedule.events.filter((e): e is ScheduleEvent & { time: string; timezone: string } => e.time !== undefined && e.timezone !== undefined);
  if (timed.some((e) => e.localTimes)) return true;
  const zones = [...new Set(timed.map((e) => e.timezone))];
  if (zones.length < 2) return false;
  // One look per day and zone: a plan repeats its sessions' days.
  const days = new Map(timed.map((e) => [`${e.date} ${e.timezone}`, e]));
  return [...days.values()].some((e) => {
    const day = parseDay(e.date);
    const start = parseClock(e.time);
    return zones.some((zone) => {
      const there = convertTime(day, start, e.timezone, zone);
      return there.day !== day || there.minutes !== start;
    });
  });
}

/** Whose clock a session's time is on: its location's, else its zone's city (`Paramaribo` for America/Paramaribo). */
export function clockPlace(e: Pick<ScheduleEvent, 'location' | 'timezone'>): string | undefined {
  if (e.location !== undefined) return e.location;
  const city = e.timezone?.slice(e.timezone.lastIndexOf('/') + 1).replace(/_/g, ' ');
  return city === undefined || city === e.timezone ? e.timezone : city;
}
