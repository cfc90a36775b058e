import type { Language } from '../plan/schema.js';
import type { Plan } from '../plan/resolve.js';
import type { ScheduleEvent, SchedulePhase } from '../schedule/types.js';
import { convertTime } from '../schedule/sessions.js';
import { formatClock, parseClock, parseDay } from '../util/dates.js';
import { formatList } from '../util/lists.js';
import { formatDate } from './dates.js';

type Location = Plan['organization']['locations'][number];

const FROM: Record<Language, (clock: string, day: string) => string> = {
  en: (clock, day) => `${clock} from ${day}`,
  nl: (clock, day) => `${clock} vanaf ${day}`,
};

/**
 * The clock time of a shared session (or a run of them: a phase's office hours) as its readers
 * read a clock: a session held in one time zone for people in others says the time at each of
 * their locations, `11:00 in Paramaribo and 16:00 in Rotterdam`, and where a daylight saving
 * change falls inside the run, from which day the local time moves. A session of one location, or
 * one every reader's clock shows alike, keeps its time as it is.
 */
export function readersClock(sessions: readonly ScheduleEvent[], readers: readonly Location[], lang: Language): string | null {
  const first = sessions[0];
  if (first?.time === undefined) return null;
  const zone = first.timezone;
  if (first.location !== undefined || zone === undefined || readers.length === 0) return first.time;
  const start = parseClock(first.time);
  const perLocation = readers.map((location) => {
    const runs: { clock: string; date: string }[] = [];
    for (const s of sessions) {
      const clock = formatClock(convertTime(parseDay(s.date), start, zone, location.timezone).minutes);
      if (runs[runs.length - 1]?.clock !== clock) runs.push({ clock, date: s.date });
    }
    return { location, runs };
  });
  if (perLocation.every(({ runs }) => runs.length === 1 && runs[0]!.clock === first.time)) return first.time;
  const parts = perLocation.map(({ location, runs }) => {
    const later = runs.slice(1).map((r) => FROM[lang](r.clock, formatDate(r.date, 'day', lang)!));
    return `${runs[0]!.clock} in ${location.name}${later.length > 0 ? ` (${later.join(', ')})` : ''}`;
  });
  return formatList(parts, lang, 'and');
}

/** A phase's sessions' clock as its people read it, at each of its locations: what the messages and the report say. */
export function phaseClock(sessions: readonly ScheduleEvent[], phase: SchedulePhase | undefined, plan: Plan, lang: Language): string | null {
  const readers = plan.organization.locations.filter((l) => phase?.locations.includes(l.name));
  return readersClock(sessions, readers, lang);
}
