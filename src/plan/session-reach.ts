import { locationCalendar, locationHolidays, readersCalendar, type WorkCalendar } from '../schedule/calendar.js';
import { officeHourDays } from '../schedule/office-hours.js';
import { planCalendar, type TimedPhase } from '../schedule/phases.js';
import { sessionLength } from '../schedule/session-kind.js';
import { convertTime } from '../schedule/sessions.js';
import { localAttendanceProblem, shiftOf } from '../schedule/working-hours.js';
import { scheduleWords } from '../schedule/words.js';
import { type Day, parseClock, weekday, type Weekday } from '../util/dates.js';
import type { Check } from './checks.js';
import { isSolo } from './fit.js';
import type { PlanPath } from './positions.js';
import type { Plan } from './resolve.js';

type Location = Plan['organization']['locations'][number];

/** A kind of session: what the warning calls it, the location's own time for it and the plan's. */
const KINDS = {
  training: { name: 'training sessions', own: 'sessionTime', plan: ['training', 'sessionTime'] },
  'office-hours': { name: 'office hours', own: 'officeHoursTime', plan: ['training', 'officeHours', 'time'] },
} as const;
type Kind = keyof typeof KINDS;

/**
 * Sessions the people of a location cannot attend, which the schedule flags: outside their working
 * hours, or after midnight in a night shift that began on a day they do not work. One warning per
 * location and kind of session, on the phases' days as planned, at the setting that puts it there
 * and with a time that would do.
 */
export function checkSessionReach(plan: Plan, timed: readonly TimedPhase[]): Check[] {
  const { locations } = plan.organization;
  if (locations.length === 0 || isSolo(plan)) return [];
  const t = plan.training;
  const shared = t.mode === 'shared';
  const own = new Map<number, WorkCalendar>();
  const calendarOf = (i: number) => own.get(i) ?? own.set(i, locationCalendar(plan, locations[i]!, 'en')).get(i)!;
  const found = new Map<string, Check>();
  const check = (i: number, kind: Kind, days: Day[], time: string, length: number) => {
    const key = `${i} ${kind}`;
    if (found.has(key)) return;
    const location = locations[i]!;
    const start = parseClock(time);
    // A shared session is held on the plan's clock: each location reads it on its own.
    const converts = shared && location.timezone !== plan.calendar.timezone;
    for (const day of days) {
      const local = converts ? convertTime(day, start, plan.calendar.timezone, location.timezone) : { day, minutes: start };
      const problem = localAttendanceProblem(local, length, location, calendarOf(i));
      if (problem === undefined) continue;
      found.set(key, unreachable(plan, i, kind, { time, length, problem, local }, calendarOf(i)));
      return;
    }
  };
  const holidays = shared ? locationHolidays(plan) : [];
  for (const p of timed) {
    // As the schedule: a group session for one person is no group session.
    if (p.kind !== 'launch' || p.people < 2) continue;
    const sessionDays = shared ? readersCalendar(plan, planCalendar(plan), p.atLocations, holidays, 'any') : undefined;
    locations.forEach((location, i) => {
      if (!p.atLocations[i]) return;
      const days = sessionDays ?? calendarOf(i);
      const training = Array.from({ length: t.sessionsPerPhase }, (_, k) => days.nthWorkingDay(p.plannedStart, t.sessionDay + k));
      check(i, 'training', training, (!shared && location.sessionTime) || t.sessionTime, sessionLength(t, p));
      const officeHours = officeHourDays(t.officeHours, days, p.plannedStart, p.plannedEnd, p.meantStart).map((o) => o.day);
      check(i, 'office-hours', officeHours, (!shared && location.officeHoursTime) || t.officeHours.time, t.officeHours.minutes);
    });
  }
  return [...ignoredOwnTimes(plan), ...found.values()];
}

/** A location's own times with one session for all (training.mode: shared): they do nothing. */
function ignoredOwnTimes(plan: Plan): Check[] {
  if (plan.training.mode !== 'shared') return [];
  return plan.organization.locations.flatMap((location, i) =>
    (['training', 'office-hours'] as const).flatMap((kind): Check[] => {
      const { own, plan: setting } = KINDS[kind];
      if (location[own] === undefined) return [];
      const message = `${own} of ${location.name} does nothing: training.mode is shared, so its ${KINDS[kind].name} are at ${setting.join('.')} on the clock of ${plan.calendar.timezone}`;
      return [{ severity: 'warning', code: 'own-time-shared', path: ['organization', 'locations', i, own], message, hint: `take it out, or hold the sessions per location: training.mode: per-location` }];
    }),
  );
}

/** A session a location cannot attend: its time as set, its length, the schedule's flag, and when it is on the location's clock. */
interface Unreachable {
  time: string;
  length: number;
  problem: string;
  local: { day: Day; minutes: number };
}

/** The warning for one location's sessions: the schedule's flag, where the time is set, and what to write instead. */
function unreachable(plan: Plan, i: number, kind: Kind, session: Unreachable, calendar: WorkCalendar): Check {
  const location = plan.organization.locations[i]!;
  const { name, own } = KINDS[kind];
  const shared = plan.training.mode === 'shared';
  const ownTime = shared ? undefined : location[own];
  const shift = shiftOf(location.workingHours, session.local.minutes, session.length);
  const path: PlanPath = shared ? KINDS[kind].plan : ['organization', 'locations', i, ownTime !== undefined ? own : shift === undefined ? 'workingHours' : 'workingDays'];
  const where = ownTime !== undefined ? `organization.locations[${i}].${own}` : KINDS[kind].plan.join('.');
  const message = `${name} at ${session.time} (${where}${shared ? `, on the clock of ${plan.calendar.timezone}` : ''}): ${session.problem}; the schedule flags them`;
  // The day whose shift a session after midnight falls in: a weekday the location could work, or a holiday.
  const off = shift === undefined ? undefined : session.local.day + shift;
  const addDay = off !== undefined && !calendar.holidays.has(off) ? weekday(off) : undefined;
  return { severity: 'warning', code: 'session-unreachable', path, message, hint: fix(plan, location, kind, session.length, shift === undefined, addDay) };
}

/** How to give a location's people a session they can attend; `addDay`: a weekday off that working would mend it. */
function fix(plan: Plan, location: Location, kind: Kind, length: number, outside: boolean, addDay: Weekday | undefined): string {
  const { own } = KINDS[kind];
  const { start, end } = location.workingHours;
  if (shiftOf(location.workingHours, parseClock(start), length) === undefined) return `no session of ${length} minutes fits in ${location.name}'s working hours ${start}-${end}: shorten it or widen workingHours`;
  // A session from the start of a shift falls in the shift that begins that day.
  const suggestion = `${own}: "${start}"`;
  if (plan.training.mode === 'shared') return `the session is one for every location of the phase: choose a ${KINDS[kind].plan.join('.')} that ${location.name} can attend too, or hold them per location (training.mode: per-location) and give ${location.name} ${suggestion}`;
  if (outside) return `give ${location.name} its own time inside its working hours ${start}-${end}: ${suggestion} in its entry under organization.locations`;
  const orWork = addDay === undefined ? '' : `, or, if its shift begins on ${scheduleWords('en').days[addDay]} evenings, add ${addDay} to its workingDays`;
  return `hold them before midnight, in the shift that begins that day: ${suggestion} in ${location.name}'s entry under organization.locations${orWork}`;
}
