import type { Gate } from '../plan/schema.js';
import type { Pauses } from '../pauses/pauses.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import type { TimedPhase } from '../schedule/phases.js';
import { parseDuration, type Day } from '../util/dates.js';

/**
 * The phase whose first day waits for a gate: with `guards: next` the first launch phase after
 * the gate's own, with `guards: decommission` the decommission phase; none for report-only gates.
 */
export function guardedPhase(gate: Pick<Gate, 'phase' | 'guards'>, phases: readonly TimedPhase[]): TimedPhase | undefined {
  if (gate.guards === 'none') return undefined;
  const own = phases.find((p) => p.id === gate.phase);
  if (!own) return undefined;
  if (gate.guards === 'decommission') return phases.find((p) => p.kind === 'decommission');
  return phases.find((p) => p.index > own.index && p.kind === 'launch');
}

/**
 * The working day a gate falls due: `within` after its phase starts, or with `due: day-before`
 * the last working day before what it guards. As planned, or after `pauses` when given
 * (Infinity while an open pause holds it).
 */
export function gateDueDay(gate: Gate, phases: readonly TimedPhase[], calendar: WorkCalendar, pauses?: Pauses): Day {
  const own = phases.find((p) => p.id === gate.phase)!;
  const guarded = gate.due === 'day-before' ? guardedPhase(gate, phases) : undefined;
  if (guarded) {
    const launch = pauses ? guarded.start : guarded.plannedStart;
    return Number.isFinite(launch) ? calendar.onOrBefore(launch - 1) : Infinity;
  }
  const due = calendar.onOrAfter(own.plannedStart + parseDuration(gate.within));
  return pauses ? pauses.day(due) : due;
}
