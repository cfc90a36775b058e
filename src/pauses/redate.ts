import type { Plan } from '../plan/resolve.js';
import { locationCalendar, workingDaysOf, type WorkCalendar } from '../schedule/calendar.js';
import { planCalendar, planPauses, timePhases, weekOf, type TimedPhase } from '../schedule/phases.js';
import type { Schedule, ScheduleEvent } from '../schedule/types.js';
import { scheduleWords } from '../schedule/words.js';
import { buildOfficeHours } from '../schedule/build.js';
import { landsEarlier, weekTitle } from '../schedule/landing.js';
import { MessageCalendars } from '../schedule/readers.js';
import { gateDue } from '../guards/guarded.js';
import { formatDay, parseDay, parseDuration, weekday, WEEKDAYS, type Day } from '../util/dates.js';
import { Pauses, type Moved } from './pauses.js';
import { pausedOfficeHours, type PausedSession } from './resume.js';
import { noticeDay, noticeRef, resumeNoticeDay, resumesOn } from './notices.js';
import { NoticeCalendars } from './notice-days.js';
import { KnownStarts } from '../schedule/known-start.js';
import { endPhase, lookBackDay, lookBacks, rolloutEnds } from '../schedule/look-back.js';
import { aheadOfLaunch, aheadOfSwitchOff, daysAhead, switchOffStart } from '../schedule/ahead.js';

/**
 * Each item's new date, SEQUENCE and title; `date` is the old one when the item stays. `offDay`:
 * the day off it is meant for now and why, as `movedFrom` and `movedBecause` say; none when it is on it.
 */
export type Redated = (event: ScheduleEvent, date: string, sequence: number | undefined, title: string, offDay?: { from: string; because: string }) => void;

/** What `redateEvents` gives besides each item's new date. */
export interface Redating {
  /** The pause and resume notices of the new pauses. */
  notices: ScheduleEvent[];
  /**
   * The office hours of the phases a new pause reaches: planned anew from the day each phase
   * resumes, they do not move one by one. `was`: as `before` had them, in date order; `sessions`:
   * where `after` has those of one phase at one location (none: the plan's own calendar);
   * `calendar`: the days they fall on there.
   */
  officeHours: { was: ScheduleEvent[]; phases: ReadonlySet<string>; sessions: (phase: string, location: string | undefined) => PausedSession[]; calendar: (phase: string, location: string | undefined) => WorkCalendar };
}

/**
 * The dated items of `after`, a plan that is `before` with pauses added after all of its own,
 * from the schedule of `before`: `each` gets every item as building `after` would date it,
 * without building it (what-if and diff compare schedules of 27,000 items), but for the office
 * hours a new pause reaches, which are returned built. Undefined when that does not apply (an
 * open pause, a pause added before one the plan has, a pause of one part, a rollback, an
 * extension): build
 * `after` then.
 */
export function redateEvents(schedule: Schedule, before: Plan, after: Plan, each: Redated): Redating | undefined {
  const added = after.pauses.slice(before.pauses.length);
  const lastFrom = before.pauses.reduce((max, p) => (p.from > max ? p.from : max), '');
  const same = after.pauses.slice(0, before.pauses.length).every((p, i) => p === before.pauses[i] || JSON.stringify(p) === JSON.stringify(before.pauses[i]));
  // A rollback withdraws what a pause moves onto or past its day, and a pause of one part moves
  // some items and not others, with the phases that wait for it, and so does an extension: build `after` then.
  if (after.rollback !== undefined || after.extensions.length > 0 || after.pauses.some((p) => p.only !== undefined) || !same || added.length === 0 || schedule.held.events.length > 0 || added.some((p) => p.until === undefined || p.from <= lastFrom)) return undefined;

  const global = planCalendar(after);
  // Only the new pauses: the dates of `before` already carry its own.
  const fresh = Pauses.of(added, global);
  const places = new Map(after.organization.locations.map((l) => [l.name, locationCalendar(after, l)]));
  const phases = timePhases(after);
  const timed = new Map(phases.map((p) => [p.id, p]));
  const messages = new MessageCalendars(after, global, phases);
  const dues = gatesDue(after, phases);
  // The weeks of the last gate and of the last weekly checklist kept on for the gates alone.
  let lastGate = -Infinity;
  let lastCheck = -Infinity;
  const words = scheduleWords(after.language);
  const start = parseDay(after.start);
  // A reminder names the day its phase starts, wherever the pause moved it, as the plan stood the
  // day it went out (a pause written in later moved it after it was sent), as building does.
  const names = new Map(phases.map((p) => [p.id, { name: p.name, start: p.start }]));
  const sentStarts = new KnownStarts(after, start);
  const reminderTitle = (event: ScheduleEvent, day: Day) => {
    const phase = names.get(event.phase!);
    const then = (Number.isFinite(day) ? sentStarts.on(day, event.phase!) : undefined) ?? phase?.start;
    return phase && then !== undefined && Number.isFinite(then) ? words.remind(phase.name, formatDay(then)) : event.title;
  };
  // A weekly update lands by the weekday it is due on, which an earlier pause may have moved it off.
  const updateDue = start + ((WEEKDAYS.indexOf(after.communications.weeklyUpdateDay) - WEEKDAYS.indexOf(weekday(start)) + 7) % 7);
  // A phase that ends before the first new pause keeps its office hours; the others are built again.
  const firstNew = added.reduce((min, p) => (p.from < min ? p.from : min), added[0]!.from);
  const resumed = new Set(schedule.phases.filter((p) => p.kind === 'launch' && p.end >= firstNew).map((p) => p.id));
  const rebuilt: ScheduleEvent[] = [];
  const all = planPauses(after, global);
  // The reviews count from the end the rollout now has, as building dates them (lookBackDay).
  const ends = rolloutEnds(phases, start, all);
  const ending = all.for({ phase: endPhase(after, phases) });
  const looks = new Map(lookBacks(after).map((l) => [`${l.type}|${l.key}`, l.after]));
  // Where each switch-off's export lands, and how often it moved: its archive follows it, as building dates it.
  const exports = new Map<string, { day: Day; moves: number; sequence: number }>();
  for (const event of schedule.events) {
    if (event.type === 'office-hours' && resumed.has(event.phase!)) {
      rebuilt.push(event);
      continue;
    }
    if (event.type === 'pause' || event.type === 'resume') {
      each(event, event.date, event.sequence, event.title, event.movedFrom === undefined ? undefined : { from: event.movedFrom, because: event.movedBecause! });
      continue;
    }
    const was = parseDay(event.date);
    // The day it was meant for, before a holiday moved it: a pause moves that, as building does.
    const meant = event.movedFrom !== undefined ? parseDay(event.movedFrom) : was;
    const earlier = landsEarlier(event, event.type === 'weekly-update' ? updateDue : meant, start);
    const surveyDay = () => fresh.move(was, global, earlier, meant).meant ?? meant;
    // A gate due within its phase keeps off its people's days off, as building dates it (gateDue).
    const gateDays = event.type === 'gate' ? phases.find((p) => p.id === event.phase)?.calendar : undefined;
    const calendar = gateDays ?? (event.type !== 'gate' && event.location !== undefined ? (places.get(event.location) ?? global) : (messages.of(event, surveyDay) ?? global));
    const look = looks.get(`${event.type}|${event.key}`);
    const fixed = event.type === 'gate' ? dues.get(event.key) : look && lookBackDay(ending, calendar, ends, look);
    let moved = fixed ?? fresh.move(was, calendar, earlier, meant);
    // Dated back from its launch and not moved before, it counts back from the day the launch was meant for once moved, as building does.
    const ahead = event.pausedFrom === undefined ? daysAhead(after, event) : undefined;
    const launch = ahead === undefined ? undefined : timed.get(event.phase!);
    if (launch) moved = aheadOfLaunch(moved, was, launch.meantStart, ahead!, fresh, calendar);
    // The switch-off's notice, moved, counts back from where the pauses that reached it put the switch-off, as building does.
    const switchOff = event.key === 'decommission-notice' ? timed.get(event.phase!) : undefined;
    if (switchOff) {
      const reached = ((event.sequence ?? 0) + moved.moves) / 2;
      moved = aheadOfSwitchOff(moved, was, () => switchOffStart(switchOff, all.for({ phase: switchOff.id }).first(reached), all), parseDuration(after.communications.announceLead), calendar);
    }
    if (event.type === 'decommission' && event.key === 'export-data') exports.set(event.phase!, { day: moved.day, moves: moved.moves, sequence: event.sequence ?? 0 });
    const exported = event.type === 'decommission' && event.key === 'archive' ? exports.get(event.phase!) : undefined;
    if (exported && moved.moves > 0 && exported.moves === moved.moves && exported.sequence === (event.sequence ?? 0) && Number.isFinite(exported.day)) {
      const day = calendar.nthWorkingDay(exported.day, 2);
      moved = { ...moved, day, meant: day };
    }
    if (event.type === 'gate') lastGate = Math.max(lastGate, weekOf(start, moved.day));
    if (event.forGates) lastCheck = Math.max(lastCheck, weekOf(start, moved.day));
    const byWeek = moved.day === was ? undefined : weekTitle(event, words);
    const title = event.type === 'reminder' ? reminderTitle(event, moved.day) : byWeek ? byWeek(weekOf(start, moved.day)) : event.title;
    // A pause that reaches an item is a revision of its calendar entry, even where it leaves the day as it was.
    const moves = fixed ? fixed.moves : (event.sequence ?? 0) + moved.moves;
    // The day off it is meant for now, if any: a pause can move that while the day stays.
    const off = moved.meant ?? meant;
    const offDay = off === moved.day ? undefined : { from: formatDay(off), because: calendar.whyNotWorking(off) };
    each(event, moved.day === was ? event.date : formatDay(moved.day), moves > 0 ? moves : undefined, title, offDay);
  }
  // A gate moved back with its launch can leave a weekly checklist after the last gate, which building drops: build `after` then.
  if (lastCheck > lastGate) return undefined;
  const notices: ScheduleEvent[] = [];
  // Whom each new pause moves: what `before` dates from its first day on (none is of one part).
  const readers = new NoticeCalendars(after, schedule, global);
  for (const span of fresh.spans) {
    const { pause } = span;
    const ref = noticeRef(pause, before.pauses.length + span.index);
    // A group phase running on its first day has office hours again in the week back, which `before` lacks.
    const running = schedule.phases.filter((p) => p.kind === 'launch' && p.people >= 2 && p.start < pause.from && p.end >= pause.from).map((p) => p.id);
    const days = readers.pause({ from: pause.from, phases: running, ...(ref.phase !== undefined ? { phase: ref.phase } : {}) });
    // As building dates them: on the working day of their readers on or after the day each is meant for.
    const notice = (type: 'pause' | 'resume', meant: Day, title: string): ScheduleEvent => {
      const on = days.onOrAfter(meant);
      const off = on === meant ? {} : { movedFrom: formatDay(meant), movedBecause: days.whyNotWorking(meant) };
      return { date: formatDay(on), type, ...ref, title, week: weekOf(start, on), ...off } as ScheduleEvent;
    };
    // On the pause's first day; its notice may go out before, on the day it was decided.
    const item = notice('pause', span.from, words.pause(pause.reason));
    const told = days.onOrAfter(noticeDay(pause, span.from, parseDuration(after.communications.announceLead)));
    notices.push(told < parseDay(item.date) ? { ...item, noticeOn: formatDay(told) } : item);
    // The day it goes on, as building names it: `timed` holds the starts every pause of `after` moved.
    const back = resumesOn({ from: span.from, until: span.until!, only: pause.only }, (id) => timed.get(id)?.start, global);
    notices.push(notice('resume', resumeNoticeDay(pause, span.from, span.until!, days), words.resume(formatDay(back))));
  }
  // Places that work the same days have the same sessions: thousands of locations, a few calendars.
  const placedBy = new Map(after.organization.locations.map((l) => [l.name, JSON.stringify([workingDaysOf(after, l), l.holidays])]));
  const known = new Map<string, PausedSession[]>();
  // A session shared among a phase's places falls on a day all of them work, as building dates it.
  const calendar = (phase: string, location: string | undefined): WorkCalendar => (location !== undefined && places.get(location)) || messages.sessions(timed.get(phase)!);
  const sessions = (phase: string, location: string | undefined): PausedSession[] => {
    const key = `${phase}\u0000${location === undefined ? '' : placedBy.get(location)}`;
    let out = known.get(key);
    if (!out) known.set(key, (out = pausedOfficeHours(timed.get(phase)!, after.training.officeHours, calendar(phase, location), all, global)));
    return out;
  };
  return { notices, officeHours: { was: rebuilt, phases: resumed, sessions, calendar } };
}

/** The events of `after` in full (see redateEvents), in date order; phases, flags and the end stay those of `before`. */
export function redate(schedule: Schedule, before: Plan, after: Plan): Schedule | undefined {
  const start = parseDay(after.start);
  const events: ScheduleEvent[] = [];
  const redated = redateEvents(schedule, before, after, (event, date, sequence, title, offDay) => {
    if (date === event.date && title === event.title && sequence === event.sequence && offDay?.from === event.movedFrom) events.push(event);
    else {
      const copy: ScheduleEvent = { ...event, date, week: weekOf(start, parseDay(date)), title };
      if (date !== event.date) copy.pausedFrom = event.pausedFrom ?? event.date;
      delete copy.movedFrom;
      delete copy.movedBecause;
      if (offDay) Object.assign(copy, { movedFrom: offDay.from, movedBecause: offDay.because });
      if (sequence !== undefined) copy.sequence = sequence;
      events.push(copy);
    }
  });
  if (!redated) return undefined;
  events.push(...buildOfficeHours(after, redated.officeHours.phases), ...redated.notices);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...schedule, events };
}

/** Whether two plans differ in their pauses alone: then `redate` may give the second's dates. */
export function onlyPausesDiffer(before: Plan, after: Plan): boolean {
  const rest = (plan: Plan) => JSON.stringify({ ...plan.raw, pauses: undefined });
  return rest(before) === rest(after);
}

/**
 * Where each gate falls after the pauses, as building dates it (gateDue): a day-before gate on the
 * last working day before the launch it guards, wherever that moved; one due `within` that long
 * after its launch, which a pause may move back off the day a holiday held it over to.
 */
function gatesDue(plan: Plan, phases: TimedPhase[]): Map<string, Moved> {
  const calendar = planCalendar(plan);
  const pauses = planPauses(plan, calendar);
  return new Map(plan.gates.map((gate) => [gate.id, gateDue(gate, phases, calendar, pauses)]));
}
