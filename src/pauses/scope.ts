import type { Plan } from '../plan/resolve.js';
import { phasePeople, planCalendar, plannedPhases } from '../schedule/phases.js';
import { parseDay, type Day } from '../util/dates.js';

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
  if (!plan.pauses.some((p) => p.only)) return plan.pauses.map(() => undefined);
  const { atLocations } = phasePeople(plan);
  const ends = plannedPhases(plan, parseDay(plan.start), planCalendar(plan), atLocations).map((p) => p.plannedEnd);
  const names = plan.organization.locations.map((l) => l.name);
  return plan.pauses.map(({ only, from }) => {
    if (!only) return undefined;
    const day = parseDay(from);
    if (only.location === undefined) return { phases: waitingFor(plan, only.phase === undefined ? [] : [only.phase], ends, day) };
    // The phases whose people all work at the location: a pause of the location holds them whole.
    const at = names.indexOf(only.location);
    const whole = plan.phases.filter((_, i) => atLocations[i]![at]! > 0 && atLocations[i]!.every((n, l) => l === at || n === 0)).map((p) => p.id);
    return { phases: waitingFor(plan, whole, ends, day), location: only.location };
  });
}

/**
 * The phases that wait for `paused` (with them): a phase starts after the one before it ends
 * unless it has `overlap: true`, and the switch-off waits for every phase before it. A pause from
 * `from` moves the end of a paused phase that runs on or after that day, and so every phase that
 * waits for it; a paused phase that ended before keeps its end, and the phases after it their days.
 */
function waitingFor(plan: Plan, paused: readonly string[], ends: readonly Day[], from: Day): Set<string> {
  const out = new Set(paused);
  const moving = new Set(plan.phases.filter((p, i) => out.has(p.id) && ends[i]! >= from).map((p) => p.id));
  plan.phases.forEach((p, i) => {
    if (i === 0 || out.has(p.id) || p.overlap) return;
    const before = p.kind === 'decommission' ? plan.phases.slice(0, i) : [plan.phases[i - 1]!];
    if (!before.some((q) => moving.has(q.id))) return;
    out.add(p.id);
    moving.add(p.id);
  });
  return out;
}
