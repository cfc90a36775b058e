import type { Gate } from '../plan/schema.js';
import type { Pauses } from '../pauses/pauses.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import type { TimedPhase } from '../schedule/phases.js';
import { parseDay, type Day } from '../util/dates.js';
import { guardedPhase } from './guarded.js';

/**
 * A go/no-go (`due: day-before`) that fell due before a pause of the launch it guards began (or
 * was written in, `decided`) was judged on that day. While that pause is open it keeps that day,
 * and so its verdict, where it would follow the launch onto hold, as it does as of a day from then
 * until its end was written in. From the day the pause's end is written in (`untilDecided`; with the
 * pause, without it) the launch has a day again, and the gate follows it: due the working day
 * before, in gate-check as in the schedule, so that the verdict given on that day is the one the
 * launch morning gives. The day it keeps, or undefined.
 */
export function dueBeforePause(gate: Gate, phases: readonly TimedPhase[], calendar: WorkCalendar, pauses: Pauses, asOf: Day): Day | undefined {
  const guarded = gate.due === 'day-before' ? guardedPhase(gate, phases) : undefined;
  if (!guarded) return undefined;
  const days = calendar.withHolidaysOf(phases.find((p) => p.id === gate.phase)!.calendar);
  const reaching = pauses.for({ phase: guarded.id });
  for (const [k, span] of reaching.spans.entries()) {
    const launch = reaching.first(k).move(guarded.plannedStart, guarded.calendar, false, guarded.meantStart).day;
    if (!Number.isFinite(launch)) return undefined;
    const was = days.onOrBefore(launch - 1);
    // A rollback or an extension of a phase has rules of its own.
    if (span.rollback || span.extension) continue;
    const began = Math.min(span.from, parseDay(span.pause.decided ?? span.pause.from));
    if (was >= began || launch < span.from) continue;
    // While the pause is open the launch has no day to be judged before: the gate keeps its own.
    // Its end written in (untilDecided, else with the pause), the gate follows the launch from that day.
    const endKnown = span.pause.untilDecided !== undefined ? parseDay(span.pause.untilDecided) : began;
    if (span.until === undefined || (asOf >= was && asOf < endKnown)) return was;
    return undefined;
  }
  return undefined;
}
