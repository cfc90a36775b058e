import type { Plan } from '../plan/resolve.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import { extendedOfficeHourDays, officeHourDays, type OfficeHoursKey } from '../schedule/office-hours.js';
import { movedPhase, type TimedPhase } from '../schedule/phases.js';
import type { Day } from '../util/dates.js';
import { lengthOn, type Moved, type Pauses } from './pauses.js';

/** An office-hours session with where the pauses put it. */
export interface PausedSession {
  key: OfficeHoursKey;
  /** The day it had before any pause: the day of the session it takes the place of. */
  planned: Day;
  moved: Moved;
  /** A session of the first or second week back from a pause that began while the phase ran: not its people's first or second week. */
  back?: true;
}

/**
 * A phase's office hours at one place (`calendar`) after the pauses, applied one after the other.
 * Those before a pause stay. From the day the phase resumes (its new start, or the pause's end
 * when it was running) they are planned anew by the rules of a phase's office hours, as for a
 * phase that starts that day and ends where the pause moved its end: daily in the first week
 * back, on every working day of it, never two on one day. Each new session takes the place of
 * the one of its kind it follows in order (so its calendar entry moves), with two more in its
 * SEQUENCE for the pause. An open pause holds those from its first day at the day they had.
 */
export function pausedOfficeHours(
  phase: TimedPhase,
  oh: Plan['training']['officeHours'],
  calendar: WorkCalendar,
  pauses: Pauses,
  global: WorkCalendar,
): PausedSession[] {
  let sessions: PausedSession[] = officeHourDays(oh, calendar, phase.plannedStart, phase.plannedEnd, phase.meantStart).map((s) => ({
    key: s.key,
    planned: s.meant,
    moved: { day: s.day, moves: 0, meant: s.meant },
  }));
  let end = phase.plannedEnd;
  for (const [k, span] of pauses.spans.entries()) {
    // Pauses come in date order: one that begins after the phase has ended leaves it, and so do the later ones.
    if (end < span.from) break;
    const stays = sessions.filter((s) => s.moved.day < span.from);
    const reached = sessions.filter((s) => s.moved.day >= span.from);
    if (span.until === undefined) {
      return [...stays, ...reached.map((s) => ({ ...s, moved: { day: Infinity, moves: s.moved.moves, heldBy: span, was: s.moved.day } }))];
    }
    // A pause of no working days (a weekend) moves nothing: the phase does not start again.
    if (lengthOn(span, phase.calendar) === 0) {
      sessions = [...stays, ...reached.map((s) => ({ ...s, moved: { ...s.moved, moves: s.moved.moves + 2 } }))];
      continue;
    }
    const now = movedPhase(phase, pauses.first(k + 1), phase.calendar, pauses.extendedEnd(phase.id));
    const resume = Math.max(now.start, global.onOrAfter(span.until));
    // A phase that ran when the pause began comes back to it; one whose start it moved starts then.
    const back = resume !== now.start && !span.extension && !span.rollback ? { back: true as const } : {};
    const before = new Map<OfficeHoursKey, PausedSession[]>();
    for (const s of reached) before.set(s.key, [...(before.get(s.key) ?? []), s]);
    const taken = new Map<OfficeHoursKey, number>();
    const fresh = officeHourDays(oh, calendar, resume, now.end, resume === now.start ? now.meant : resume).map((s): PausedSession => {
      const n = taken.get(s.key) ?? 0;
      taken.set(s.key, n + 1);
      // Every pause so far reached it: a later pause reaches only what the earlier ones did.
      return { key: s.key, planned: before.get(s.key)?.[n]?.planned ?? s.meant, moved: { day: s.day, moves: 2 * (k + 1), meant: s.meant }, ...(s.key === 'first-week' || s.key === 'second-week' ? back : {}) };
    });
    sessions = [...stays, ...fresh];
    end = now.end;
  }
  return withExtended(phase, oh, calendar, pauses, sessions);
}

/** The sessions of a phase with those of the days its extensions add (see extendedOfficeHourDays). */
function withExtended(phase: TimedPhase, oh: Plan['training']['officeHours'], calendar: WorkCalendar, pauses: Pauses, sessions: PausedSession[]): PausedSession[] {
  const extended = pauses.extendedEnd(phase.id);
  if (extended === undefined) return sessions;
  const { end } = movedPhase(phase, pauses, phase.calendar);
  const extra = extendedOfficeHourDays(oh, calendar, end, extended).map((s): PausedSession => ({ key: s.key, planned: s.day, moved: { day: s.day, moves: 0, meant: s.day } }));
  return [...sessions.filter((s) => s.moved.day <= end), ...extra];
}
