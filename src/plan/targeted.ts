import type { Plan } from './resolve.js';

export type TargetedGroup = Plan['communications']['targetedGroups'][number];

/**
 * The launch phase that brings a group in: the first whose audience names the group or its
 * location (or everyone), else the phase that takes the rest; -1 when none does.
 */
export function launchPhaseOfGroup(plan: Plan, name: string): number {
  const group = plan.organization.groups.find((g) => g.name === name);
  const claimed = plan.phases.findIndex((p) => {
    const a = p.audience;
    if (p.kind !== 'launch' || a === undefined) return false;
    if (typeof a === 'string') return a === 'all';
    if ('groups' in a) return a.groups.includes(name);
    return group?.location !== undefined && a.locations.includes(group.location);
  });
  return claimed >= 0 ? claimed : plan.phases.findIndex((p) => p.kind === 'launch' && p.audience === 'rest');
}

/** The groups `communications.targetedGroups` names that a phase brings in. */
export function targetedGroupsOf(plan: Plan, phaseId: string): TargetedGroup[] {
  const phase = plan.phases.findIndex((p) => p.id === phaseId);
  return plan.communications.targetedGroups.filter((t) => launchPhaseOfGroup(plan, t.group) === phase);
}
