import type { Plan } from '../plan/resolve.js';
import type { TimedPhase } from '../schedule/phases.js';
import type { Day } from '../util/dates.js';
import type { Scope } from './ledger.js';

/*
 * Before its people start, a part of the organization measures 0% active use: that says nothing
 * of its use, so the switch-off condition's lowest part is read from the parts that had started
 * by the day they were measured, and the others are named as not started.
 */

type Phases = readonly Pick<TimedPhase, 'id' | 'kind' | 'start' | 'people'>[];

/**
 * The first day a launch phase that brings in a scope's people starts (Infinity while a pause
 * holds them all), or undefined when no launch phase names the scope: such rows always count.
 * A phase's rows name the phase; a group's or a location's, the phases whose audience names that
 * group, that location or a group there, and those that take a share or the rest of everyone.
 */
export function scopeStart(plan: Plan, phases: Phases): (scope: Scope) => Day | undefined {
  const lower = (s: string) => s.toLowerCase();
  const groupLocation = new Map(plan.organization.groups.map((g) => [lower(g.name), g.location === undefined ? undefined : lower(g.location)]));
  const launches = plan.phases.flatMap((p) => {
    const timed = phases.find((t) => t.id === p.id);
    return p.kind === 'launch' && timed ? [{ id: lower(p.id), audience: p.audience, start: timed.start }] : [];
  });
  const brings = (audience: Plan['phases'][number]['audience'], group: string | undefined, location: string | undefined): boolean => {
    if (audience === undefined || audience === 'none') return false;
    if (typeof audience !== 'object') return true;
    if ('groups' in audience) return audience.groups.some((g) => lower(g) === group || (location !== undefined && groupLocation.get(lower(g)) === location));
    return audience.locations.some((l) => lower(l) === location || (group !== undefined && groupLocation.get(group) === lower(l)));
  };
  return (scope) => {
    const named = scope.phase !== undefined ? launches.filter((p) => p.id === lower(scope.phase!)) : launches.filter((p) => brings(p.audience, scope.group && lower(scope.group), scope.location && lower(scope.location)));
    return named.length === 0 ? undefined : Math.min(...named.map((p) => p.start));
  };
}

/** The launch phases with people that had not started by `day`, the day measured, in plan order. */
export function notStartedBy(phases: Phases, day: Day): { phase: string; start: Day }[] {
  return phases.filter((p) => p.kind === 'launch' && p.people > 0 && p.start > day).map((p) => ({ phase: p.id, start: p.start }));
}
