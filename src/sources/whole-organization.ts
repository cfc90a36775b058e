import { compare } from '../gates/compare.js';
import { gateDueDay } from '../guards/guarded.js';
import type { Check } from '../plan/checks.js';
import type { Plan } from '../plan/resolve.js';
import { planCalendar, planPauses, type TimedPhase } from '../schedule/phases.js';
import { formatDay } from '../util/dates.js';

/**
 * A `daily` source gives one share a day for the whole organization, and a phase's gate reads it
 * as its own (rows without a phase count for every gate). While later phases have not started,
 * that share stays below the phase's: five of nine people is 56% of everyone and 100% of a
 * five-person first half. Said at the source when a gate could not pass even with everyone
 * started so far active, as a go/no-go of the first half of a team never can.
 */
export function checkWholeOrganizationShares(plan: Plan, timed: TimedPhase[]): Check[] {
  // Most plans have no daily source: the calendar below is not worked out for them.
  if (!plan.sources.some((s) => s.kind === 'daily')) return [];
  const headcount = plan.organization.headcount;
  const perPerson = new Set(plan.sources.flatMap((s) => (s.kind === 'activity' || s.kind === 'attendance' ? [s.metric] : [])));
  const percent = new Set(plan.metrics.filter((m) => m.unit === 'percent').map((m) => m.name));
  const calendar = planCalendar(plan);
  const pauses = planPauses(plan, calendar);
  const out: Check[] = [];
  plan.sources.forEach((source, i) => {
    if (source.kind !== 'daily') return;
    for (const [metric, column] of Object.entries(source.metrics)) {
      if (perPerson.has(metric) || (typeof column === 'string' && !percent.has(metric))) continue;
      for (const gate of plan.gates) {
        if (gate.metric !== metric || gate.scope === 'organization' || gate.group || gate.location) continue;
        if ((gate.op !== '>=' && gate.op !== '>') || !['last', 'mean', 'min', 'max'].includes(gate.aggregate)) continue;
        const own = timed.find((p) => p.id === gate.phase);
        if (!own || own.kind !== 'launch' || own.people >= headcount) continue;
        const due = gateDueDay(gate, timed, calendar, pauses);
        if (!Number.isFinite(due)) continue;
        const started = timed.filter((p) => p.kind === 'launch' && p.start <= due).reduce((n, p) => n + p.people, 0);
        const reachable = (100 * started) / headcount;
        if (compare(reachable, gate.op, gate.threshold)) continue;
        out.push({
          severity: 'warning',
          code: 'whole-organization-share',
          path: ['sources', i, 'metrics', metric],
          atKey: true,
          message: `gate ${gate.id} judges phase ${gate.phase} (${own.people} of ${headcount} people) on this share of the whole organization: by its due day (${formatDay(due)}) ${started} of ${headcount} have started, so it reaches ${Math.round(reachable * 10) / 10}% at most, and the gate needs ${gate.op} ${gate.threshold}`,
          hint: `read ${metric} per person (kind: activity, with the roster) so that each phase's gate counts its own people, or write the gate with scope: organization and a threshold the whole organization can reach by then`,
        });
      }
    }
  });
  return out;
}
