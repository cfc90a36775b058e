import type { Plan } from '../plan/resolve.js';
import type { TimedPhase } from '../schedule/phases.js';
import { locationSizes } from '../schedule/reach.js';
import type { Day } from '../util/dates.js';
import { sameName } from '../util/same-name.js';
import type { Scope } from './ledger.js';
import type { ScopeName } from './types.js';

/*
 * The switch-off condition counts every location, group and launch phase with people, and the
 * lowest decides. A part it reads no row of cannot be shown to have reached the condition, as a
 * gate with no rows is inconclusive, never a pass: it is named, and the switch-off is not ready.
 */

/**
 * The parts with people, started by `day` (the last day measured), whose rows `read` (the scopes
 * the condition read on their own latest day) holds none of, read as a gate of that part reads
 * rows: a location's or a group's rows name it; a phase's name it, or, from an export, name no
 * phase. Locations and groups count once some row names a location or a group: an export that
 * measures none apart measures the whole organization, whose value then stands for them.
 */
export function unmeasuredParts(plan: Plan, phases: readonly Pick<TimedPhase, 'id' | 'kind' | 'people'>[], read: readonly Scope[], startOf: (scope: Scope) => Day | undefined, day: Day): ScopeName[] {
  const started = (scope: Scope) => (startOf(scope) ?? -Infinity) <= day;
  const apart = (key: 'group' | 'location') => read.some((s) => s[key] !== undefined);
  const named = (key: 'phase' | 'group' | 'location', name: string) => read.some((s) => sameName(s[key], name));
  const sizes = locationSizes(plan);
  const parts: ScopeName[] = [
    ...phases.filter((p) => p.kind === 'launch' && p.people > 0 && !named('phase', p.id) && !read.some((s) => !s.exact && s.phase === undefined)).map((p) => ({ phase: p.id })),
    ...(apart('group') ? plan.organization.groups.filter((g) => g.headcount > 0 && !named('group', g.name)).map((g) => ({ group: g.name })) : []),
    ...(apart('location') ? plan.organization.locations.filter((l, i) => sizes[i]! > 0 && !named('location', l.name)).map((l) => ({ location: l.name })) : []),
  ];
  return parts.filter(started);
}
