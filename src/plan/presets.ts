import { TINY_TEAM } from './fit.js';
import type { ParsedPlan, Phase } from './schema.js';

type PhaseSpec = Omit<Phase, 'overlap' | 'kind'> & Partial<Pick<Phase, 'overlap' | 'kind'>>;

const decommission = (startWeek: number): PhaseSpec => ({
  id: 'decommission',
  name: 'Decommission old system',
  kind: 'decommission',
  audience: 'none',
  startWeek,
  weeks: 1,
  when: { metric: 'active_use_pct', op: '>=', threshold: 80 },
  activities: ['Export data from old system', 'Archive for reference', 'Turn off/cancel old system', 'Celebrate transition!'],
});

/** The playbook's timelines, phase by phase. */
export const PRESET_PHASES: Record<ParsedPlan['preset'], PhaseSpec[]> = {
  solo: [
    { id: 'switch', name: 'Switch', audience: 'all', days: 1 },
    { id: 'learn-and-adjust', name: 'Learn and adjust', kind: 'stabilize', audience: 'none', days: 6 },
  ],
  small: [
    { id: 'first-half', name: 'Half the team', audience: '50%', weeks: 1 },
    { id: 'second-half', name: 'Other half', audience: 'rest', weeks: 1 },
    { id: 'full-adoption', name: 'Full adoption', kind: 'stabilize', audience: 'none', weeks: 1 },
    decommission(4),
  ],
  growing: [
    { id: 'pilot', name: 'Pilot group', audience: '15%', weeks: 2 },
    { id: 'department-1', name: 'Department 1', audience: '25%', weeks: 2 },
    { id: 'department-2', name: 'Department 2', audience: '25%', weeks: 2 },
    { id: 'everyone-else', name: 'Everyone else', audience: 'rest', weeks: 2 },
    decommission(9),
  ],
  custom: [
    {
      id: 'early-adopters',
      name: 'Early adopters',
      audience: '10-20%',
      weeks: 2,
      activities: ['Activate accounts', 'Provide refresher training', 'Monitor closely', 'Document quick wins'],
    },
    {
      id: 'core-team',
      name: 'Core team',
      audience: '30-40%',
      weeks: 2,
      activities: ['Group training sessions', 'One-on-one assistance', 'Daily office hours', 'Collect feedback'],
    },
    {
      id: 'everyone-else',
      name: 'Everyone else',
      audience: 'rest',
      weeks: 2,
      activities: ['Standard training', 'Self-service resources', 'Buddy system with early adopters', 'Monitor adoption'],
    },
    decommission(7),
  ],
};

function withDefaults(spec: PhaseSpec): Phase {
  return { kind: 'launch', overlap: false, ...spec };
}

/**
 * The phases a plan runs: its own, else those its strategy and preset imply.
 * The growing preset takes its pilot and departments from the plan's groups when it names them.
 */
export function presetPhases(plan: ParsedPlan): Phase[] {
  const { approach } = plan.strategy;
  // Two or three people switching at once follow the playbook's solo timeline.
  if (approach === 'big-bang' && plan.preset === 'custom' && plan.organization.headcount <= TINY_TEAM) {
    return PRESET_PHASES.solo.map(withDefaults);
  }
  if (approach === 'big-bang' && plan.preset === 'custom') {
    return [{ id: 'launch', name: 'Everyone', audience: 'all', weeks: 1 }, decommission(5)].map(withDefaults);
  }
  const split = presetSplit(plan);
  if (plan.preset === 'custom' && split === 'location') return perUnit(plan.organization.locations.map((l) => l.name), 'locations');
  if (plan.preset === 'custom' && split === 'department') return perUnit(departments(plan), 'groups');
  const phases = PRESET_PHASES[plan.preset].map(withDefaults);
  if (plan.preset === 'growing') {
    const pilot = plan.organization.groups.filter((g) => g.kind === 'pilot').map((g) => g.name);
    if (pilot.length > 0) phases[0]!.audience = { groups: pilot };
    departments(plan).slice(0, 2).forEach((name, i) => {
      phases[i + 1]!.audience = { groups: [name] };
      phases[i + 1]!.name = name;
    });
  }
  return phases;
}

type Split = ParsedPlan['strategy']['by'];

const departments = (plan: Pick<ParsedPlan, 'organization'>) => plan.organization.groups.filter((g) => g.kind === 'department').map((g) => g.name);

/**
 * What the preset phases split the people by: `strategy.by` where the preset follows it, else
 * its groups and shares. Only the custom preset gives each location (of two or more) or each
 * department its own phase; the growing preset takes its departments from groups of kind department.
 */
export function presetSplit(plan: Pick<ParsedPlan, 'preset' | 'strategy' | 'organization'>): Split {
  const { by } = plan.strategy;
  if (by === 'location' && plan.preset === 'custom' && plan.organization.locations.length > 1) return 'location';
  if (by === 'department' && (plan.preset === 'custom' || plan.preset === 'growing') && departments(plan).length > 0) return 'department';
  return 'group';
}

/** The old system goes in the week after a phase per unit of two weeks each. */
export const perUnitDecommissionWeek = (units: number) => units * 2 + 1;

function perUnit(names: string[], key: 'locations' | 'groups'): Phase[] {
  const phases: PhaseSpec[] = names.map((name) => ({
    id: slug(name),
    name,
    audience: key === 'locations' ? { locations: [name] } : { groups: [name] },
    weeks: 2,
  }));
  phases.push(decommission(perUnitDecommissionWeek(names.length)));
  return phases.map(withDefaults);
}

export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return s || 'phase';
}
