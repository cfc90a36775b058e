import type { Plan } from '../plan/resolve.js';
import type { WorkCalendar } from '../schedule/calendar.js';
import { movedPhase, phasePeople, plannedPhases } from '../schedule/phases.js';
import { parseDay, type Day } from '../util/dates.js';
import type { Pause } from '../plan/schema.js';
import { Pauses } from './pauses.js';
import { withExtensions } from './extensions.js';

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
  /** Of `phases`, those the pause holds itself, not because they wait for one it holds. */
  held: ReadonlySet<string>;
  location?: string;
}

/** Whether a pause that reaches `reach` (undefined: everything) moves an item of `part`. */
export function reaches(reach: Pick<Reach, 'phases' | 'location'> | undefined, part: Part): boolean {
  if (!reach) return true;
  return (part.phase !== undefined && reach.phases.has(part.phase)) || (reach.location !== undefined && part.location === reach.location);
}

/**
 * The reach of each of the plan's pauses, in the plan's order; undefined for one without `only`.
 * Each is worked out on the dates the pauses before it, and the extensions decided before it, left,
 * in date order.
 */
export function pauseReaches(plan: Plan, calendar: WorkCalendar, pauses: readonly Pause[] = plan.pauses): (Reach | undefined)[] {
  const found: (Reach | undefined)[] = pauses.map(() => undefined);
  if (!pauses.some((p) => p.only)) return found;
  const { atLocations } = phasePeople(plan);
  const planned = plannedPhases(plan, parseDay(plan.start), calendar, atLocations);
  const names = plan.organization.locations.map((l) => l.name);
  const order = pauses.map((_, i) => i).sort((a, b) => parseDay(pauses[a]!.from) - parseDay(pauses[b]!.from));
  order.forEach((i, k) => {
    const { only, from } = pauses[i]!;
    if (!only) return;
    const earlier = order.slice(0, k);
    // The extensions decided before it had moved the phases' ends too.
    const extended = { ...plan, extensions: plan.extensions.filter((e) => e.decided < from) };
    const before = withExtensions(extended, calendar, Pauses.of(earlier.map((j) => pauses[j]!), calendar, earlier.map((j) => found[j])));
    const days = planned.map((p, n) => movedPhase(p, before.for({ phase: plan.phases[n]!.id }), p.calendar, before.extendedEnd(plan.phases[n]!.id)));
    const first = parseDay(from);
    const paused = only.location !== undefined ? wholeAt(plan, atLocations, names.indexOf(only.location)) : [only.phase!];
    const held = new Set(plan.phases.filter((p) => paused.includes(p.id)).map((p) => p.id));
    // Only a phase still going on the pause's first day holds up the phases after it, and only those yet to start.
    const going = new Set(plan.phases.filter((p, n) => held.has(p.id) && days[n]!.end >= first).map((p) => p.id));
    const toCome = (n: number) => days[n]!.start >= first;
    const until = pauses[i]!.until === undefined ? Infinity : parseDay(pauses[i]!.until!);
    const phases = i < plan.pauses.length ? new Set([...held, ...waitingFor(plan, going, toCome), ...switchOffDuring(plan, days, first, until)]) : rolledBack(plan, held, toCome);
    found[i] = only.location !== undefined ? { phases, held, location: only.location } : { phases, held };
  });
  return found;
}

/** The phases whose people all work at location `at`: a pause or a rollback of the location holds them whole. */
export function wholeAt(plan: Pick<Plan, 'phases'>, atLocations: readonly number[][], at: number): string[] {
  return plan.phases.filter((_, i) => atLocations[i]![at]! > 0 && atLocations[i]!.every((n, l) => l === at || n === 0)).map((p) => p.id);
}

/**
 * The switch-off a pause of one part runs into, however long ago that part's phase ended: its
 * people are back on the old tools until it resumes, so the switch-off still to come (or under
 * way on `first`) waits for it. A pause that resumes by the switch-off's first day leaves it.
 */
function switchOffDuring(plan: Plan, days: readonly { start: Day; end: Day }[], first: Day, until: Day): string[] {
  return plan.phases.filter((p, n) => p.kind === 'decommission' && days[n]!.end >= first && days[n]!.start < until).map((p) => p.id);
}

/**
 * What a rollback of one part holds: the part, which is over, and the switch-off, as the old
 * system stays on for that part's people. The phases after the part keep their dates: it ended.
 */
function rolledBack(plan: Plan, held: ReadonlySet<string>, toCome: (index: number) => boolean): Set<string> {
  const out = new Set(held);
  plan.phases.forEach((p, n) => p.kind === 'decommission' && toCome(n) && out.add(p.id));
  return out;
}

/**
 * The phases that wait for `paused`: a phase starts after the one before it ends unless it has
 * `overlap: true`, and the switch-off waits for every phase before it. So holding one phase
 * holds the chain that follows it, up to a phase that may overlap the one before or that has
 * started already (`toCome` says which have not).
 */
export function waitingFor(plan: Pick<Plan, 'phases'>, paused: ReadonlySet<string>, toCome: (index: number) => boolean): Set<string> {
  const out = new Set(paused);
  plan.phases.forEach((p, i) => {
    if (i === 0 || out.has(p.id) || p.overlap || !toCome(i)) return;
    const before = p.kind === 'decommission' ? plan.phases.slice(0, i) : [plan.phases[i - 1]!];
    if (before.some((q) => out.has(q.id))) out.add(p.id);
  });
  return out;
}
