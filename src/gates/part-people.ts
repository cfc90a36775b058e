import type { Operator } from '../plan/schema.js';
import type { Day } from '../util/dates.js';
import type { ScopeName } from './types.js';

/**
 * A part this small is said in people as well as in percent: one person moves its share by 10
 * points or more, and 80% of 3 or 4 people is all of them.
 */
export const FEW_PEOPLE = 10;

/** Of a share of roster people on one day: how many were active, of how many, and how many its threshold needs. */
export interface PartPeople {
  active: number;
  total: number;
  needed: number;
}

/** The people behind the shares of small parts, by metric, part and day, as the sources counted them. */
export class PeopleCounts {
  private readonly counts = new Map<string, { active: number; total: number }>();

  add(metric: string, scope: ScopeName, day: Day, people: { active: number; total: number }): void {
    if (people.total <= FEW_PEOPLE) this.counts.set(key(metric, scope, day), people);
  }

  /** The people of a share measured on `day`, with how many `op threshold` needs; undefined when not counted or the condition is no lower bound. */
  of(metric: string, scope: ScopeName, day: Day, op: Operator, threshold: number): PartPeople | undefined {
    const people = this.counts.get(key(metric, scope, day));
    const needed = people && neededOf(op, threshold, people.total);
    return people && needed !== undefined ? { ...people, needed } : undefined;
  }
}

const key = (metric: string, scope: ScopeName, day: Day) => `${metric}\n${scope.phase ?? ''}\n${scope.group ?? ''}\n${scope.location ?? ''}\n${day}`;

/** How many of `total` people a share of at least (`>=`) or above (`>`) `threshold` percent needs. */
function neededOf(op: Operator, threshold: number, total: number): number | undefined {
  const exact = (threshold * total) / 100;
  // A hair's allowance: 80% of 5 is 4 people, not 5 for a rounding of 4.000000001.
  if (op === '>=') return Math.min(total, Math.max(0, Math.ceil(exact - 1e-9)));
  if (op === '>') return Math.min(total, Math.max(0, Math.floor(exact + 1e-9) + 1));
  return undefined;
}
