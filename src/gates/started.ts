import type { Plan } from '../plan/resolve.js';
import type { TimedPhase } from '../schedule/phases.js';
import type { Day } from '../util/dates.js';
import type { Scope } from './ledger.js';
import { sameName } from '../util/same-name.js';

/*
 * Before its people start, a part of the organization measures 0% active use: that says nothing
 * of its use, so the switch-off condition's lowest part is read from the parts that had started
 * by the day they were measured, and the others are named as not started.
 */

type Phases = readonly Pick<TimedPhase, 'id' | 'kind' | 'start' | 'people' | 'atLocations'>[];

/**
 * The first day all of a scope's people have started (Infinity while a pause holds some), or
 * undefined when no launch phase brings in its people: such rows always count. Until then its
 * share counts people not started yet as not using the tool. A phase's rows are its own; a
 * location's people are those the phases bring in there; a group's, those of the first phase
 * whose audience names the group or its location, else of the phases for a share, the rest or
 * everyone, else of every phase; the whole organization's, those of every phase.
 */
export function scopeStart(plan: Plan, phases: Phases): (scope: Scope) => Day | undefined {
  const launches = plan.phases.flatMap((p) => {
    const timed = phases.find((t) => t.id === p.id);
    return p.kind === 'launch' && timed ? [{ id: p.id, audience: p.audience, start: timed.start, people: timed.people, atLocations: timed.atLocations }] : [];
  });
  const last = (starts: Day[]) => (starts.length === 0 ? undefined : Math.max(...starts));
  const everyone = () => last(launches.filter((p) => p.people > 0).map((p) => p.start));
  const ofGroup = (name: string) => {
    const group = plan.organization.groups.find((g) => sameName(g.name, name));
    const names = (p: (typeof launches)[number]) => {
      const a = p.audience;
      if (typeof a !== 'object') return false;
      return 'groups' in a ? a.groups.some((g) => sameName(g, name)) : group?.location !== undefined && a.locations.some((l) => sameName(l, group.location!));
    };
    const first = launches.find(names);
    if (first) return first.start;
    // A group the plan gives no location and no phase names (field staff of several branches) may
    // have people in any phase: all of them have started once every launch has, as the whole organization.
    return last(launches.filter((p) => p.audience !== 'none' && typeof p.audience !== 'object').map((p) => p.start)) ?? everyone();
  };
  const ofLocation = (name: string) => {
    const at = plan.organization.locations.findIndex((l) => sameName(l.name, name));
    return last(launches.filter((p) => (p.atLocations[at] ?? 0) > 0).map((p) => p.start));
  };
  return (scope) => {
    if (scope.phase !== undefined) return launches.find((p) => sameName(p.id, scope.phase!))?.start;
    if (scope.group !== undefined) return ofGroup(scope.group);
    if (scope.location !== undefined) return ofLocation(scope.location);
    return everyone();
  };
}

/** The launch phases with people that had not started by `day`, the day measured, in plan order. */
export function notStartedBy(phases: Phases, day: Day): { phase: string; start: Day }[] {
  return phases.filter((p) => p.kind === 'launch' && p.people > 0 && p.start > day).map((p) => ({ phase: p.id, start: p.start }));
}
