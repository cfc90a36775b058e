import { gateDue } from '../guards/guarded.js';
import type { Pauses } from '../pauses/pauses.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import type { TimedPhase } from '../schedule/phases.js';
import { formatDay, type Day } from '../util/dates.js';
import type { GateWindow } from './evaluate.js';
import type { ClosedGuard, GateResult } from './types.js';

const WEEK = 7;

/**
 * The gates guarding the switch-off that failed on their due day, `within` their phase's start:
 * their window has closed, so no later export changes them, and a pause of the switch-off does
 * not move them (a gate due the day before the switch-off moves with it, and is judged again).
 * Each with what the plan can write to judge it again: the fewest whole weeks that bring its due
 * day to the day checked or later, where it reads the exports up to that day.
 */
export function closedGuards(windows: readonly GateWindow[], gates: readonly GateResult[], asOf: Day, phases: readonly TimedPhase[], calendar: WorkCalendar, pauses: Pauses): ClosedGuard[] {
  return windows.flatMap((w, i) => {
    const g = gates[i]!;
    if (w.guarding?.kind !== 'decommission' || w.withdrawn || w.secondTry !== undefined || w.gate.due !== undefined) return [];
    if (g.status !== 'fail' || g.effect === 'continue' || !(w.due < asOf)) return [];
    const weeks = Math.ceil((asOf - w.phase.plannedStart) / WEEK);
    const later = `${weeks}w`;
    const due = gateDue({ ...w.gate, within: later }, phases, calendar, pauses).day;
    return [{ gate: g.id, failedOn: g.due, observed: g.observed, index: w.index, within: w.gate.within, later, laterDue: formatDay(due) }];
  });
}
