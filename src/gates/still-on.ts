import type { Plan } from '../plan/resolve.js';
import type { Reach } from '../pauses/scope.js';
import { holdsFrom, holdsOn, type Pauses } from '../pauses/pauses.js';
import { phasePeople } from '../schedule/phases.js';
import type { Day } from '../util/dates.js';
import { sameName } from '../util/same-name.js';
import { meanInOrder } from './aggregate.js';
import type { Scope } from './ledger.js';

/** A part rolled back and back on the old tools: the phases it holds itself, and its location when it is one. */
export type PartBack = Pick<Reach, 'location'> & { phases: ReadonlySet<string> };

/** The parts rolled back and not resumed on `asOf`, in the order of their days. */
export function partsBack(pauses: Pauses, asOf: Day): PartBack[] {
  return pauses.spans
    .filter((s) => s.rollback && s.reach && holdsOn(s, asOf))
    .sort((a, b) => a.from - b.from)
    .map((s) => ({ phases: s.reach!.held, ...(s.reach!.location !== undefined ? { location: s.reach!.location } : {}) }));
}

/** Every list of parts back (see partsBack) on some day up to `asOf`, each once: what a replay's days read. */
export function backLists(pauses: Pauses, asOf: Day): PartBack[][] {
  const changes = pauses.spans.filter((s) => s.rollback && s.reach).flatMap((s) => [holdsFrom(s), ...(s.until === undefined ? [] : [s.until])]);
  const lists = new Map<string, PartBack[]>();
  for (const day of changes.filter((d) => d <= asOf)) {
    const back = partsBack(pauses, day);
    if (back.length > 0) lists.set(backKey(back), back);
  }
  return [...lists.values()];
}

/** One name for a list of parts back: the people still on the new tool are measured under it. */
export const backKey = (back: readonly PartBack[]): string => back.map((r) => `${[...r.phases].sort().join(',')}@${r.location ?? ''}`).join('|');

/**
 * Whether a scope's rows may count people of a part rolled back: then they say nothing of the
 * parts still on the new tool. Rows that name no part (the whole organization, a group) may count
 * anyone; a phase's rows count a location's people when the phase brings in people there.
 */
export function overlapsBack(plan: Plan, back: readonly PartBack[]): (scope: Scope) => boolean {
  let atLocations: number[][] | undefined;
  const hasPeopleAt = (phase: string, location: string): boolean => {
    atLocations ??= phasePeople(plan).atLocations;
    const l = plan.organization.locations.findIndex((x) => sameName(x.name, location));
    return (atLocations[plan.phases.findIndex((p) => sameName(p.id, phase))]?.[l] ?? 0) > 0;
  };
  const held = (r: PartBack, phase: string) => [...r.phases].some((p) => sameName(p, phase));
  return (scope) =>
    back.some((r) => {
      if (scope.phase !== undefined && held(r, scope.phase)) return true;
      if (r.location !== undefined) {
        if (scope.location !== undefined) return sameName(scope.location, r.location);
        return scope.phase === undefined || hasPeopleAt(scope.phase, r.location);
      }
      if (scope.phase !== undefined) return false;
      return scope.location === undefined || [...r.phases].some((p) => hasPeopleAt(p, scope.location!));
    });
}

/**
 * The shares of the people still on the new tool, computed from the roster apart from the parts
 * of the organization: per list of parts back (see backKey) and day, the values of that day.
 */
export class StillOnShares {
  private readonly byKey = new Map<string, Map<Day, number[]>>();

  add(key: string, day: Day, value: number): void {
    let days = this.byKey.get(key);
    if (!days) this.byKey.set(key, (days = new Map()));
    const values = days.get(day);
    if (values) values.push(value);
    else days.set(day, [value]);
  }

  /** The value on the last day from `from` to `until`, and that day; undefined without one. */
  latest(key: string, { from, until }: { from: Day; until: Day }): { value: number; day: Day } | undefined {
    let best = -Infinity;
    const days = this.byKey.get(key);
    for (const day of days?.keys() ?? []) if (day >= from && day <= until && day > best) best = day;
    return best === -Infinity ? undefined : { value: meanInOrder(days!.get(best)!), day: best };
  }
}
