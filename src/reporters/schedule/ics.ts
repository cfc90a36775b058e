import { TZDate } from '@date-fns/tz';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { contentLine, foldLine, icsParam, icsText } from '../../escape/ics.js';
import type { Language } from '../../plan/schema.js';
import type { Schedule, ScheduleEvent } from '../../schedule/types.js';
import { formatDay, parseDay } from '../../util/dates.js';
import { readableId, shortHash } from '../../util/ids.js';
import { asPlanned } from '../../schedule/held.js';
import { partName, placedTitle, reporterWords, severalPlaces, type ReporterWords } from './describe.js';
import type { PreviousEntry } from './ics-previous.js';
import { downloadToday } from '../../sources/downloads.js';

/**
 * Every item of the timeline is a calendar entry, the communication plan (announcements,
 * reminders, weekly updates, surveys) and the checklists included: for the coordinator the
 * calendar is what reminds them. Pause, resume and extension notices stay out: the entries a pause moves or
 * holds say so themselves (a higher SEQUENCE, a cancelled entry with its reason).
 */
export const inCalendar = (e: ScheduleEvent): boolean => e.type !== 'pause' && e.type !== 'resume' && e.type !== 'extension';

/** VTIMEZONE blocks from a maintained tz library, so clients need no zone database of their own. */
function vtimezone(zone: string): string[] {
  const block = tzlib_get_ical_block(zone);
  if (!Array.isArray(block) || !block[0]) return [];
  // The library answers aliases (America/Port_of_Spain) with their target zone; events name the alias.
  return block[0]
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => (line.startsWith('TZID:') ? contentLine('TZID', icsText(zone)) : line.startsWith('X-LIC-LOCATION:') ? contentLine('X-LIC-LOCATION', icsText(zone)) : line));
}

/**
 * Identifiers made of the event's identity (type, phase, key, location) and which occurrence of
 * it the event is, never its date, title or language: re-importing a re-dated or translated
 * schedule updates events instead of duplicating them, and any names give distinct UIDs; a second
 * try's (`restart:`) are its own.
 */
function uids(schedule: Schedule, events: ScheduleEvent[]): string[] {
  const seen = new Map<string, { stem: string; count: number }>();
  // The identity is JSON.stringify([organization, tool, type, phase, key, location]), with the
  // organization and tool, the same for every event, written out once. A second try adds the day
  // the first attempt rolled back: reusing that attempt's UIDs at SEQUENCE 0, its entries would stay
  // cancelled in a calendar that has them at SEQUENCE 1.
  const { restart } = schedule;
  const head = JSON.stringify([schedule.plan.organization, schedule.plan.tool, ...(restart ? [`restart ${restart.rolledBackOn}`] : [])]).slice(0, -1);
  return events.map((e) => {
    const key = `${e.type}\u0000${e.phase ?? ''}\u0000${e.key}\u0000${e.location ?? ''}\u0000${e.secondTry ?? ''}`;
    let known = seen.get(key);
    if (!known) {
      // A part's second try (rollback.resume) adds its day, as restart does: the first try's entries stay as they were.
      const identity = `${head},${JSON.stringify([e.type, e.phase ?? null, e.key, e.location ?? null, ...(e.secondTry ? [`resume ${e.secondTry}`] : [])]).slice(1)}`;
      const words = readableId([e.type, e.phase ?? '', e.key, e.location ?? ''].join(' ')).slice(0, 60).replace(/-+$/, '');
      seen.set(key, (known = { stem: `${words}-${shortHash(identity)}`, count: 0 }));
    }
    known.count++;
    return `${known.stem}${known.count > 1 ? `-${known.count}` : ''}@rollout`;
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const compactDay = (date: string) => date.replaceAll('-', '');

/** True when the zone's UTC offset changes during this local day; remembered per zone and day. */
const offsetChanges = new Map<string, boolean>();
function changesOffset(zone: string, date: string): boolean {
  const key = `${zone} ${date}`;
  let changes = offsetChanges.get(key);
  if (changes === undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    changes = new TZDate(y, m - 1, d, 0, 0, zone).getTimezoneOffset() !== new TZDate(y, m - 1, d, 23, 59, zone).getTimezoneOffset();
    offsetChanges.set(key, changes);
  }
  return changes;
}

/** Sessions repeat the same zone, day, time and length across locations: each is worked out once. */
const sessionTimes = new Map<string, [string, string]>();
function localTimes(e: ScheduleEvent & { time: string; timezone: string }): [string, string] {
  const key = `${e.timezone} ${e.date} ${e.time} ${e.minutes ?? 60}`;
  let times = sessionTimes.get(key);
  if (times === undefined) sessionTimes.set(key, (times = sessionLocalTimes(e)));
  return times;
}

/**
 * Local start and end of a session as `YYYYMMDDTHHMMSS` in its zone. The event's wall-clock time
 * is already known; a zone is consulted only on a day when its offset changes.
 */
function sessionLocalTimes(e: ScheduleEvent & { time: string; timezone: string }): [string, string] {
  const startMinutes = Number(e.time.slice(0, 2)) * 60 + Number(e.time.slice(3, 5));
  const length = e.minutes ?? 60;
  const endMinutes = startMinutes + length;
  const endDate = endMinutes < 1440 ? e.date : formatDay(parseDay(e.date) + Math.floor(endMinutes / 1440));
  if (!changesOffset(e.timezone, e.date) && (endDate === e.date || !changesOffset(e.timezone, endDate))) {
    const at = (date: string, minutes: number) => `${compactDay(date)}T${pad(Math.floor(minutes / 60) % 24)}${pad(minutes % 60)}00`;
    return [at(e.date, startMinutes), at(endDate, endMinutes % 1440)];
  }
  const [y, m, d] = e.date.split('-').map(Number) as [number, number, number];
  const start = new TZDate(y, m - 1, d, Math.floor(startMinutes / 60), startMinutes % 60, e.timezone);
  const end = new TZDate(start.getTime() + length * 60_000, e.timezone);
  const wall = (t: TZDate) => `${t.getFullYear()}${pad(t.getMonth() + 1)}${pad(t.getDate())}T${pad(t.getHours())}${pad(t.getMinutes())}00`;
  return [wall(start), wall(end)];
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * Entries the calendar had that will not happen as dated, each with why: what a rollback
 * withdrew (a part's second try keeps its first try's, see withFirstTries), and what an open
 * pause holds, at the date it last had. They stay, cancelled under
 * their own UID and one SEQUENCE higher (RFC 5545), so that a calendar that imported or
 * subscribed to the file drops or marks them; listed after the rest, in the order they had.
 */
function cancelledEntries(schedule: Schedule, w: ReporterWords): Map<ScheduleEvent, string> {
  const out = new Map<ScheduleEvent, string>();
  const { rollback } = schedule;
  if (rollback) for (const e of rollback.withdrawn.events.filter(inCalendar)) out.set(e, w.cancelled(rollback.on, rollback.reason));
  for (const r of schedule.rollbacks ?? []) {
    for (const e of [...r.withdrawn.events, ...(r.cancelledFirstTry ?? [])].filter(inCalendar)) out.set(e, w.cancelledPart(partName(r.only, schedule), r.on, r.reason));
  }
  const open = schedule.pauses.filter((p) => p.until === null);
  for (const e of schedule.held.events.map((h) => asPlanned(h, schedule.start)).filter(inCalendar)) {
    // The open pause that holds it: one of its own part, else the one of everything; else it waits for a part rolled back.
    const by = open.find((p) => p.only && (p.phases?.includes(e.phase ?? '') || (p.only.location !== undefined && p.only.location === e.location))) ?? open.find((p) => !p.only) ?? open[0];
    const waiting = schedule.rollbacks?.[0];
    if (by) out.set(e, w.cancelledOnHold(by.from, by.reason, by.only && by.name));
    else if (waiting) out.set(e, w.waitsForSince(partName(waiting.only, schedule), waiting.on, waiting.reason));
  }
  return out;
}

/** An entry's SEQUENCE: never below the one calendars have, and above it when the entry changed. */
function onFrom(was: PreviousEntry, computed: number, body: string): number {
  return Math.max(computed, body === was.body ? was.sequence : was.sequence + 1);
}

/** The entries of the previous calendar that this one has no UID for, in the order they had. */
function leftOut(previous: ReadonlyMap<string, PreviousEntry>, ids: readonly string[]): [string, PreviousEntry][] {
  const kept = new Set(ids);
  return [...previous].filter(([uid]) => !kept.has(uid));
}

/**
 * The calendar of a schedule. With `previous`, the entries of the calendar file it replaces (see
 * previousCalendar): an entry keeps at least the SEQUENCE it had there, one more when it changed,
 * and an entry the schedule no longer has stays in the file, cancelled.
 */
export function scheduleIcs(schedule: Schedule, lang: Language = 'en', now = new Date(), previous?: ReadonlyMap<string, PreviousEntry>): string {
  const w = reporterWords(lang);
  const name = icsText(w.calendar(schedule.plan.tool, schedule.plan.organization));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//rollout//rollout schedule//${lang.toUpperCase()}`, contentLine('NAME', name), contentLine('X-WR-CALNAME', name)];
  const events = schedule.events.filter(inCalendar);
  const cancelled = cancelledEntries(schedule, w);
  const several = severalPlaces(schedule);
  events.push(...cancelled.keys());
  const zones = new Set<string>();
  for (const e of events) if (e.time && e.timezone) zones.add(e.timezone);
  const ids = uids(schedule, events);
  const gone = previous ? leftOut(previous, ids) : [];
  // Zones of sessions that are gone, for their cancelled entries; no entry ever needs a new one.
  const carried = new Set(gone.map(([, entry]) => entry.zone).filter((zone): zone is string => zone !== undefined && !zones.has(zone)));
  for (const zone of [...zones, ...carried]) lines.push(...vtimezone(zone));
  const stamp = `DTSTAMP:${utcStamp(now)}`;
  // Zones and places repeat across thousands of events: each is escaped once.
  const tzids = new Map([...zones].map((zone) => [zone, `;TZID=${icsParam(zone)}`]));
  const places = new Map<string, string>();
  const place = (location: string) => places.get(location) ?? places.set(location, contentLine('LOCATION', icsText(location))).get(location)!;
  events.forEach((e, i) => {
    const why = cancelled.get(e);
    lines.push('BEGIN:VEVENT', foldLine(`UID:${ids[i]!}`), `SEQUENCE:${(e.sequence ?? 0) + (why !== undefined ? 1 : 0)}`, stamp);
    const at = lines.length;
    if (why !== undefined) lines.push('STATUS:CANCELLED');
    if (e.time && e.timezone) {
      const [start, end] = localTimes(e as ScheduleEvent & { time: string; timezone: string });
      const tzid = tzids.get(e.timezone)!;
      lines.push(foldLine(`DTSTART${tzid}:${start}`), foldLine(`DTEND${tzid}:${end}`));
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compactDay(e.date)}`, 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE');
    }
    lines.push(contentLine('SUMMARY', icsText(placedTitle(e, several))));
    // A gate's due day says what to download that day; a cancelled one has nothing to download.
    const downloads = e.downloads && why === undefined ? downloadToday(e.downloads, lang) : '';
    const description = [why ?? '', e.movedFrom ? w.movedSentence(e.movedFrom, e.movedBecause ?? '') : '', downloads, ...(e.flags ?? [])].filter(Boolean).join('\n');
    if (description) lines.push(contentLine('DESCRIPTION', icsText(description)));
    if (e.location) lines.push(place(e.location));
    const was = previous?.get(ids[i]!);
    if (was) lines[at - 2] = `SEQUENCE:${onFrom(was, (e.sequence ?? 0) + (why !== undefined ? 1 : 0), lines.slice(at).join('\r\n'))}`;
    lines.push('END:VEVENT');
  });
  for (const [uid, entry] of gone) {
    lines.push('BEGIN:VEVENT', foldLine(`UID:${uid}`), `SEQUENCE:${entry.cancelled ? entry.sequence : entry.sequence + 1}`, stamp);
    if (!entry.cancelled) lines.push('STATUS:CANCELLED');
    lines.push(entry.body, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}
