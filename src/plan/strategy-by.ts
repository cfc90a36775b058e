import type { Check } from './checks.js';
import { perUnitDecommissionWeek, presetSplit } from './presets.js';
import type { Plan } from './resolve.js';

/**
 * A `strategy.by` the preset phases do not follow is said where it is written, with the way to
 * get it: otherwise the plan reads "by location" while the schedule goes by the preset's groups.
 * A plan with phases of its own, or that switches everyone at once, splits as it says.
 */
export function checkStrategyBy(plan: Plan): Check[] {
  const { approach, by } = plan.strategy;
  if (!plan.presetPhases || approach === 'big-bang' || presetSplit(plan) === by) return [];
  const stay = `the phases stay the preset's: ${plan.phases.filter((p) => p.kind === 'launch').map((p) => p.name).join(', ')}`;
  const keep = 'or write by: group';
  const [message, hint] = ((): [string, string] => {
    if (by === 'workload') return [`strategy.by: workload needs phases of your own, one per workload; ${stay}`, `list them under phases: (chat first, then files, for example), ${keep}`];
    const units = by === 'location' ? plan.organization.locations.map((l) => l.name) : plan.organization.groups.filter((g) => g.kind === 'department').map((g) => g.name);
    if (by === 'location' && units.length < 2) return [`strategy.by: location needs two or more locations under organization.locations; ${stay}`, `list the locations, ${keep}`];
    if (by === 'department' && units.length === 0) return [`strategy.by: department needs groups of kind: department under organization.groups; ${stay}`, `give each department's group kind: department, ${keep}`];
    const each = `one two-week phase per ${by}: ${units.join(', then ')}, the old system off in week ${perUnitDecommissionWeek(units.length)}`;
    return [`strategy.by: ${by} does nothing beside preset: ${plan.preset}; ${stay}`, `remove preset: ${plan.preset} for ${each}; or list your own phases under phases:, ${keep}`];
  })();
  return [{ severity: 'warning', code: 'strategy-by', path: ['strategy', 'by'], message, hint }];
}
