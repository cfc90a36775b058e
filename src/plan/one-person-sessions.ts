import { locationCalendar } from '../schedule/calendar.js';
import type { TimedPhase } from '../schedule/phases.js';
import { sessionLength } from '../schedule/session-kind.js';
import { convertTime } from '../schedule/sessions.js';
import { formatDay, parseClock } from '../util/dates.js';
import type { Check } from './checks.js';
import { isSolo } from './fit.js';
import type { Plan } from './resolve.js';

const DAY = 24 * 60;

/**
 * A location where a phase brings in one person (a home office), trained per location at the
 * same hour as another location of that phase: a group session for one, held while whoever
 * trains is at the other. A hint per location, on its entry, with the two ways the plan has to
 * say otherwise: one session for all (training.mode: shared), or its own hour (sessionTime).
 */
export function checkOnePersonSessions(plan: Plan, timed: readonly TimedPhase[]): Check[] {
  const { locations } = plan.organization;
  const t = plan.training;
  if (t.mode === 'shared' || t.sessionsPerPhase === 0 || locations.length < 2 || isSolo(plan)) return [];
  const calendars = locations.map((location) => locationCalendar(plan, location, 'en'));
  const found = new Map<number, Check>();
  for (const p of timed) {
    // As the schedule: a phase of one person has no group session at all.
    if (p.kind !== 'launch' || p.people < 2) continue;
    const length = sessionLength(t, p);
    // Each location's first session of the phase, in minutes on the plan's clock.
    const starts = locations.map((location, i) => {
      if (!p.atLocations[i]) return undefined;
      const day = calendars[i]!.nthWorkingDay(p.plannedStart, t.sessionDay);
      const at = convertTime(day, parseClock(location.sessionTime ?? t.sessionTime), location.timezone, plan.calendar.timezone);
      return { day, time: location.sessionTime ?? t.sessionTime, minute: at.day * DAY + at.minutes };
    });
    starts.forEach((own, i) => {
      if (own === undefined || p.atLocations[i] !== 1 || found.has(i)) return;
      const other = starts.findIndex((s, j) => j !== i && s !== undefined && Math.abs(s.minute - own.minute) < length);
      if (other < 0) return;
      const name = locations[i]!.name;
      const otherName = locations[other]!.name;
      const message = `${name} has 1 person in phase "${p.id}" and its own training (training.mode: per-location): a group session of ${length} minutes for one, at ${own.time} on ${formatDay(own.day)}, the same hour as ${otherName}'s, so whoever trains holds both at once`;
      // On its own clock: the other session's end, as far from its own start as on the plan's.
      const after = clockAfter(parseClock(own.time) + starts[other]!.minute - own.minute + length);
      const hint = `to train ${name} together with ${otherName}, the one person joining by call, hold one session for all: training: { mode: shared }; to train them one-to-one at another hour, give ${name} its own time: sessionTime: "${after}" in its entry under organization.locations (and officeHoursTime for its office hours)`;
      found.set(i, { severity: 'hint', code: 'one-person-session', path: ['organization', 'locations', i], message, hint });
    });
  }
  return [...found.values()];
}

/** A clock time at or after `minutes`, on the half hour: 11:30 after a session from 10:00 to 11:30. */
function clockAfter(minutes: number): string {
  const at = Math.min(Math.ceil(minutes / 30) * 30, DAY - 30);
  return `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
}
