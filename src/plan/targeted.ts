import type { Check } from './checks.js';
import type { Plan } from './resolve.js';

export type TargetedGroup = Plan['communications']['targetedGroups'][number];

/**
 * The people of a targeted group that one launch phase brings in, at one location when they work at
 * one: a group at no location that no phase names is brought in where the roster puts its people
 * (field staff of two branches, each launched in its own phase). Counts only, never a name.
 */
export interface GroupSplit {
  group: string;
  phase: string;
  location?: string;
  people: number;
}

/** A targeted group as one launch phase brings it in: the whole group, or its people of one phase and place (`split`). */
export interface TargetedPart {
  group: TargetedGroup;
  /** The launch phase that brings these people in, by index into plan.phases; -1 when none does. */
  phase: number;
  location: string | undefined;
  people: number;
  split?: true;
}

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

/** Whether a group is at no location and no launch phase brings it in: only its people's places (the roster) tell where it starts. */
export function unplacedGroup(plan: Plan, name: string): boolean {
  return plan.organization.groups.find((g) => g.name === name)?.location === undefined && launchPhaseOfGroup(plan, name) < 0;
}

/** The targeted groups as the launch phases bring them in: a group the roster splits over phases, once per phase and place. */
export function targetedParts(plan: Plan): TargetedPart[] {
  return plan.communications.targetedGroups.flatMap((t): TargetedPart[] => {
    const splits = (plan.groupSplits ?? []).filter((s) => s.group === t.group);
    if (splits.length > 0 && unplacedGroup(plan, t.group)) {
      return splits.map((s) => ({ group: t, phase: plan.phases.findIndex((p) => p.id === s.phase), location: s.location, people: s.people, split: true }));
    }
    const group = plan.organization.groups.find((g) => g.name === t.group);
    return [{ group: t, phase: launchPhaseOfGroup(plan, t.group), location: group?.location, people: group?.headcount ?? 0 }];
  });
}

/** The groups `communications.targetedGroups` names that a phase brings in (some of whose people, for a group the roster splits). */
export function targetedGroupsOf(plan: Plan, phaseId: string): TargetedGroup[] {
  const phase = plan.phases.findIndex((p) => p.id === phaseId);
  return [...new Set(targetedParts(plan).filter((t) => t.phase === phase).map((t) => t.group))];
}

/**
 * A targeted group that no launch phase brings in (at no location, named by no phase's audience,
 * no phase for all or the rest) gets none of its launch messages; without a roster nothing tells
 * where its people start. With one, render-emails follows them to their phases.
 */
export function checkUnplacedTargetedGroups(plan: Plan): Check[] {
  if (plan.people) return [];
  return plan.communications.targetedGroups.flatMap((t, i): Check[] =>
    plan.organization.groups.some((g) => g.name === t.group) && unplacedGroup(plan, t.group)
      ? [{
          severity: 'warning',
          code: 'targeted-group-unplaced',
          path: ['communications', 'targetedGroups', i, 'group'],
          message: `group "${t.group}" has no location and no launch phase names it (nor is one for all or the rest), so render-emails writes none of its launch messages (announcement, reminder, welcome), in any form`,
          hint: `give the group a location under organization.groups, name it in a phase's audience (groups: [${t.group}]), or split it into one group per location, each with its own entry under communications.targetedGroups; or add a people: roster with each person's group and location, and its launch messages follow its people to their phases`,
        }]
      : [],
  );
}
