import { gateDueDay } from '../guards/guarded.js';
import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import { planCalendar, planPauses, timePhases } from '../schedule/phases.js';
import { defaultGateAt } from '../sources/ungiven.js';
import { formatDay } from '../util/dates.js';

const WEEK = 7;

/**
 * A gate due `within` its phase's start stays where it is when the phase runs longer (only a
 * `due: day-before` gate follows the launch it guards): one that falls due in the extra days
 * judges the phase before its new last day, so a phase extended because adoption is slow fails
 * it while it still runs. A warning at the gate, with the `within` that brings it past the new
 * last day: the fewest whole weeks after the phase's start. A gate of everyone's rows
 * (`scope: organization`) is only dated by its phase, and judges no less for its running longer.
 */
export function checkExtensionGates(plan: Plan): Check[] {
  if (plan.extensions.length === 0) return [];
  const calendar = planCalendar(plan);
  const pauses = planPauses(plan, calendar);
  const extended = pauses.spans.filter((s) => s.extension !== undefined);
  const timed = timePhases(plan);
  return plan.gates.flatMap((gate, i): Check[] => {
    // A gate of everyone's rows is only dated by its phase: the phase running longer does not change what it judges.
    if (gate.due !== undefined || gate.scope === 'organization') return [];
    const due = gateDueDay(gate, timed, calendar, pauses);
    const span = extended.find((s) => s.extension!.phase === gate.phase && s.extension!.was < due && due <= s.extension!.end);
    if (!span) return [];
    const { end, was } = span.extension!;
    const own = timed.find((p) => p.id === gate.phase)!;
    let weeks = Math.ceil((end + 1 - own.plannedStart) / WEEK);
    while (gateDueDay({ ...gate, within: `${weeks}w` }, timed, calendar, pauses) <= end) weeks++;
    const later = { ...gate, within: `${weeks}w` };
    const write = `within: ${later.within} in place of within: ${gate.within} (due ${formatDay(gateDueDay(later, timed, calendar, pauses))})`;
    return [
      {
        severity: 'warning',
        code: 'gate-in-extension',
        path: plan.defaultGates ? defaultGateAt(plan, gate) : ['gates', i, 'within'],
        message: `gate ${gate.id} falls due on ${formatDay(due)}, in the extra days of phase ${gate.phase} (extensions[${span.index}]: until ${formatDay(end)} instead of ${formatDay(was)}): an extension does not move a gate due within its phase, so it judges the phase before its new last day`,
        hint: plan.defaultGates
          ? `to judge the phase at its new end, list the gates you want under gates: and give ${gate.id} ${write}`
          : `to judge the phase at its new end, write ${write}${gate.guards === 'next' ? '; or due: day-before, which follows the launch it guards' : ''}`,
      },
    ];
  });
}
