import type { Check } from '../plan/checks.js';
import type { PlanPath } from '../plan/positions.js';
import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import { planCalendar, planPauses, timePhases, type TimedPhase } from '../schedule/phases.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import type { Pauses } from '../pauses/pauses.js';
import { beforeResume } from '../rollback/first-try.js';
import { formatDay, type Day } from '../util/dates.js';
import { gateDueDay, guardedPhase } from './guarded.js';

/** A gate must fall due before the launch or switch-off it guards, or it guards nothing in time. */
export function checkGuards(plan: Plan, timed: TimedPhase[]): Check[] {
  const calendar = planCalendar(plan);
  const pauses = planPauses(plan, calendar);
  const out: Check[] = [];
  plan.gates.forEach((gate, i) => {
    const at = (key: string): PlanPath => (plan.defaultGates ? ['preset'] : ['gates', i, key]);
    const own = timed.find((p) => p.id === gate.phase);
    if (!own) return;
    if (gate.due === 'day-before' && gate.guards === 'none') {
      out.push({ severity: 'error', code: 'guards', path: at('due'), message: `gate "${gate.id}" is due the day before what it guards, but guards nothing`, hint: 'add guards: next or guards: decommission, or use within' });
      return;
    }
    if (gate.guards === 'none') {
      const rollback = reportOnlyRollback(gate, plan.contingency);
      if (rollback) out.push({ severity: 'warning', code: 'report-only-rollback', path: at(rollback.key), message: `gate "${gate.id}" ${rollback.why} a rollback, but guards nothing, so it only reports and never rolls back`, hint: 'add guards: next or guards: decommission; with location: set, the gate then rolls back that location alone' });
    }
    const guarded = guardedPhase(gate, timed);
    if (gate.guards !== 'none' && !guarded) {
      const what = gate.guards === 'next' ? `no launch follows phase "${gate.phase}"` : 'the plan has no decommission phase';
      out.push({ severity: 'warning', code: 'guards', path: at('guards'), message: `gate "${gate.id}" guards ${gate.guards}, but ${what}`, hint: 'set guards: none, or guard the switch-off with guards: decommission' });
      return;
    }
    if (!guarded || !Number.isFinite(guarded.start)) return;
    const late = lateGate(plan, gate, { timed, calendar, pauses }, own, guarded);
    if (late) {
      const what = late.guarded.kind === 'decommission' ? 'the switch-off' : `the launch of "${late.guarded.id}"`;
      out.push({
        severity: 'warning',
        code: 'gate-after-guarded',
        path: at(gate.due ? 'due' : 'within'),
        message: `gate "${gate.id}" is due ${formatDay(late.due)}${late.inTry}, not before ${what} on ${formatDay(late.guarded.start)}, which it guards`,
        hint: 'write due: day-before, or a shorter within',
      });
    }
  });
  return out;
}

interface Dates {
  timed: TimedPhase[];
  calendar: WorkCalendar;
  pauses: Pauses;
}

/**
 * A gate due on or after what it guards starts: its due day and what it guards, with the try it
 * is late in when its phase starts again after a rollback (`resume`). A gate of that part's second
 * try that guards a launch which went ahead in its first try guarded it then: it is checked on
 * the first try's dates, those the plan had before the second try was written in.
 */
function lateGate(plan: Plan, gate: Gate, dates: Dates, own: TimedPhase, guarded: TimedPhase): { due: Day; guarded: TimedPhase; inTry: string } | undefined {
  const k = plan.partRollbacks.findIndex((r) => r.resume && dates.pauses.spans.some((s) => s.rollback === r && s.reach?.held.has(gate.phase)));
  if (k < 0) return lateOn(gate, dates, guarded, '');
  const name = `phase "${gate.phase}"`;
  if (guarded.start >= own.start) return lateOn(gate, dates, guarded, ` in the second try of ${name}`);
  const first = beforeResume(plan, k);
  const timed = timePhases(first);
  const then = guardedPhase(gate, timed);
  return then && Number.isFinite(then.start) ? lateOn(gate, { timed, calendar: dates.calendar, pauses: planPauses(first, dates.calendar) }, then, ` in the first try of ${name}`) : undefined;
}

function lateOn(gate: Gate, dates: Dates, guarded: TimedPhase, inTry: string): { due: Day; guarded: TimedPhase; inTry: string } | undefined {
  const due = gateDueDay(gate, dates.timed, dates.calendar, dates.pauses);
  // An open pause or a rollback of the gate's own part holds it: it never falls due, so it comes
  // after nothing, and the pause or rollback is what the schedule and gate-check report.
  return Number.isFinite(due) && due >= guarded.start ? { due, guarded, inTry } : undefined;
}

/** A report-only gate whose failure (or lack of data) asks for a rollback: what asks for it, and the key that says so. */
function reportOnlyRollback(gate: Gate, contingency: Plan['contingency']): { key: string; why: string } | null {
  if (contingency[gate.severity] === 'rollback') return { key: 'severity', why: `fails with severity ${gate.severity}, which asks for` };
  if (gate.onInconclusive === 'rollback') return { key: 'onInconclusive', why: 'with too few rows asks for' };
  return null;
}
