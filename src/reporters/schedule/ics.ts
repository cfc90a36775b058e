import { TZDate } from '@date-fns/tz';
import ical, { type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Language } from '../../plan/schema.js';
import type { Schedule, ScheduleEvent } from '../../schedule/types.js';
import { reporterWords } from './describe.js';
import { parseClock } from '../../util/dates.js';

/** Event types that become calendar entries; checklists and emails stay in the other formats. */
const CALENDAR_TYPES = new Set<ScheduleEvent['type']>(['training', 'office-hours', 'launch', 'gate', 'review', 'retrospective', 'decommission']);

/** VTIMEZONE blocks from a maintained tz library, so clients need no zone database of their own. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  if (!Array.isArray(block) || !block[0]) return null;
  // The library answers aliases (America/Port_of_Spain) with their target zone; events name the alias.
  return block[0].replace(/^TZID:.*$/m, `TZID:${zone}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`);
}

/**
 * Stable identifiers without a date (the occurrence counts instead), so that re-importing an
 * updated schedule moves events, even ones a pause moved, instead of duplicating them.
 */
function uid(schedule: Schedule, e: ScheduleEvent, occurrence: number): string {
  const parts = [e.type, e.phase ?? 'rollout', e.key, e.location ?? '', String(occurrence)];
  const local = parts.join('-').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-');
  const domain = `${schedule.plan.organization}-${schedule.plan.tool}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${local}@${domain}.rollout`;
}

function dayDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Local wall-clock time without offset, which ical-generator writes with the event's TZID. */
function wallClock(t: TZDate): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}T${p(t.getHours())}:${p(t.getMinutes())}:00`;
}

export function scheduleIcs(schedule: Schedule, lang: Language = 'en'): string {
  const w = reporterWords(lang);
  const calendar: ICalCalendar = ical({
    name: w.calendar(schedule.plan.tool, schedule.plan.organization),
    prodId: { company: 'rollout', product: 'rollout schedule', language: lang.toUpperCase() },
  });
  calendar.timezone({ name: null, generator: vtimezone });
  const seen = new Map<string, number>();
  for (const e of schedule.events.filter((x) => CALENDAR_TYPES.has(x.type))) {
    const identity = JSON.stringify([e.type, e.phase, e.key, e.location]);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const where = e.location ? ` (${e.location})` : '';
    const description = [e.movedFrom ? w.movedSentence(e.movedFrom, e.movedBecause ?? '') : '', ...(e.flags ?? [])].filter(Boolean).join('\n');
    const common = { id: uid(schedule, e, occurrence), ...(e.sequence ? { sequence: e.sequence } : {}), summary: `${e.title}${where}`, ...(description ? { description } : {}), ...(e.location ? { location: e.location } : {}) };
    if (e.time && e.timezone) {
      const [y, m, d] = e.date.split('-').map(Number) as [number, number, number];
      const minutes = parseClock(e.time);
      const start = new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, e.timezone);
      const end = new TZDate(start.getTime() + (e.minutes ?? 60) * 60_000, e.timezone);
      calendar.createEvent({ ...common, start: wallClock(start), end: wallClock(end), timezone: e.timezone });
    } else {
      calendar.createEvent({ ...common, start: dayDate(e.date), allDay: true });
    }
  }
  return calendar.toString();
}
