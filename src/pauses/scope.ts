import type { Plan } from '../plan/resolve.js';
import type { Pause } from '../plan/schema.js';
import { allocatePeople, describeAudience } from '../schedule/phases.js';
import { locationSizes, peopleByLocation } from '../schedule/reach.js';

/** The part of the rollout an item belongs to, for the pauses: its phase and its location. */
export interface Part {
  phase?: string | undefined;
  location?: string | undefined;
}

/**
 * What a pause with `only` moves: every item of `phases` (the paused phase, or the phases that
 * bring in people at the paused location alone, and every phase that waits for one of them),
 * and with `location` every item at that location. A pause without `only` moves everything.
 */
export interface Reach {
  phases: ReadonlySet<string>;
  location?: string;
}

/** Whether a pause that reaches `reach` (undefined: everything) moves an item of `part`. */
export function reaches(reach: Reach | undefined, part: Part): boolean {
  if (!reach) return true;
  return (part.phase !== undefined && reach.phases.has(part.phase)) || (reach.location !== undefined && part.location === reach.location);
}

/** The reach of each of the plan's pauses, in the plan's order; undefined for one without `only`. */
export function pauseReaches(plan: Plan): (Reach | undefined)[] {
  const located = plan.pauses.some((p) => p.only?.location !== undefined) ? onlyAt(plan) : undefined;
  return plan.pauses.map((pause) => reachOf(plan, pause, located));
}

function reachOf(plan: Plan, { only }: Pause, onlyAtLocation: ((location: string) => string[]) | undefined): Reach | undefined {
  if (!only) return undefined;
  if (only.location !== undefined) return { phases: waitingFor(plan, onlyAtLocation!(only.location)), location: only.location };
  return { phases: waitingFor(plan, only.phase === undefined ? [] : [only.phase]) };
}

/**
 * The phases that wait for `paused`: a phase starts after the one before it ends unless it has
 * `overlap: true`, and the switch-off waits for every phase before it. So holding one phase
 * holds the chain that follows it, up to a phase that may overlap the one before.
 */
function waitingFor(plan: Plan, paused: readonly string[]): Set<string> {
  const out = new Set(paused);
  plan.phases.forEach((p, i) => {
    if (i === 0 || out.has(p.id) || p.overlap) return;
    const before = p.kind === 'decommission' ? plan.phases.slice(0, i) : [plan.phases[i - 1]!];
    if (before.some((q) => out.has(q.id))) out.add(p.id);
  });
  return out;
}

/** The phases whose people all work at a location: a pause of that location holds them whole. */
function onlyAt(plan: Plan): (location: string) => string[] {
  const audiences = plan.phases.map((p) => describeAudience(p.audience, plan.language));
  const sizes = locationSizes(plan);
  const { people } = allocatePeople(plan, audiences, sizes);
  const rows = peopleByLocation(plan, audiences, people, sizes);
  const names = plan.organization.locations.map((l) => l.name);
  return (location) => {
    const at = names.indexOf(location);
    return plan.phases.filter((_, i) => rows[i]![at]! > 0 && rows[i]!.every((n, l) => l === at || n === 0)).map((p) => p.id);
  };
}
