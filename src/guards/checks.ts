import type { Check } from '../plan/checks.js';
import type { PlanPath } from '../plan/positions.js';
import type { Plan } from '../plan/resolve.js';
import type { Gate } from '../plan/schema.js';
import { planCalendar, planPauses, type TimedPhase } from '../schedule/phases.js';
import { formatDay } from '../util/dates.js';
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
    const due = gateDueDay(gate, timed, calendar, pauses);
    // An open pause or a rollback of the gate's own part holds it: it never falls due, so it comes
    // after nothing, and the pause or rollback is what the schedule and gate-check report.
    if (!Number.isFinite(due)) return;
    if (due >= guarded.start) {
      const what = guarded.kind === 'decommission' ? 'the switch-off' : `the launch of "${guarded.id}"`;
      out.push({
        severity: 'warning',
        code: 'gate-after-guarded',
        path: at(gate.due ? 'due' : 'within'),
        message: `gate "${gate.id}" is due ${formatDay(due)}, not before ${what} on ${formatDay(guarded.start)}, which it guards`,
        hint: 'write due: day-before, or a shorter within',
      });
    }
  });
  return out;
}

/** A report-only gate whose failure (or lack of data) asks for a rollback: what asks for it, and the key that says so. */
function reportOnlyRollback(gate: Gate, contingency: Plan['contingency']): { key: string; why: string } | null {
  if (contingency[gate.severity] === 'rollback') return { key: 'severity', why: `fails with severity ${gate.severity}, which asks for` };
  if (gate.onInconclusive === 'rollback') return { key: 'onInconclusive', why: 'with too few rows asks for' };
  return null;
}
