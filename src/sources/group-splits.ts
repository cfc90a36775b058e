import type { Plan } from '../plan/resolve.js';
import { timePhases } from '../schedule/phases.js';
import { unplacedGroup, type GroupSplit } from '../plan/targeted.js';
import { loadRoster, type Roster } from './roster.js';

/**
 * Where the roster puts the people of the targeted groups that no launch phase brings in as a
 * whole (a group at no location, named by no phase): how many of them each launch phase brings in,
 * at each place, in the plan's order, of the people there on its launch day. Counts only. None without a roster or such a group. `read`:
 * the roster when the caller has it already.
 */
export async function groupSplits(plan: Plan, baseDir: string, planAt?: string, read?: Roster): Promise<GroupSplit[]> {
  const unplaced = new Set(plan.communications.targetedGroups.map((t) => t.group).filter((name) => unplacedGroup(plan, name)));
  if (!plan.people || unplaced.size === 0) return [];
  const roster = read ?? (await loadRoster(plan, baseDir, planAt));
  const { groups, locations } = plan.organization;
  const counts = new Map<string, GroupSplit & { order: number }>();
  // Each phase brings in those there on its launch day.
  const launches = timePhases(plan).map((t) => t.start);
  for (let person = 0; person < roster.size; person++) {
    const group = groups[roster.group[person]!]?.name;
    const phase = roster.phase[person]!;
    if (group === undefined || !unplaced.has(group) || plan.phases[phase]?.kind !== 'launch' || !roster.employed(person, launches[phase]!)) continue;
    const at = roster.location[person]!;
    const key = `${roster.group[person]}:${phase}:${at}`;
    let split = counts.get(key);
    if (!split) counts.set(key, (split = { group, phase: plan.phases[phase]!.id, ...(at >= 0 ? { location: locations[at]!.name } : {}), people: 0, order: (phase * (locations.length + 1) + at + 1) * groups.length + roster.group[person]! }));
    split.people++;
  }
  return [...counts.values()].sort((a, b) => a.order - b.order).map(({ order: _, ...split }) => split);
}
