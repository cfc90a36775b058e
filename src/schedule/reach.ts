import type { Plan } from '../plan/resolve.js';
import type { PhaseAudience } from './phases.js';

export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Rounds each value so that the rounded total equals the rounded exact total. */
export function largestRemainder(values: number[]): number[] {
  const floors = values.map(Math.floor);
  let missing = Math.round(sum(values)) - sum(floors);
  const order = values
    .map((v, i) => ({ i, frac: v - Math.floor(v) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i]!++;
    missing--;
  }
  return floors;
}

/**
 * The people of each location: its headcount, else its groups'; a location with neither gets an
 * even part of the people the others leave.
 */
export function locationSizes(plan: Plan): number[] {
  const { groups, locations, headcount } = plan.organization;
  const known = locations.map((l) => {
    if (l.headcount !== undefined) return l.headcount;
    const located = groups.filter((g) => g.location === l.name);
    return located.length > 0 ? sum(located.map((g) => g.headcount)) : undefined;
  });
  const unknown = known.flatMap((k, i) => (k === undefined ? [i] : []));
  const left = Math.max(0, headcount - sum(known.map((k) => k ?? 0)));
  const parts = largestRemainder(unknown.map(() => left / unknown.length));
  unknown.forEach((i, k) => (known[i] = parts[k]!));
  return known as number[];
}

/** `people` spread over the locations in proportion to `weights`, in whole people. */
function spread(people: number, weights: number[], fallback: number[]): number[] {
  const w = sum(weights) > 0 ? weights : sum(fallback) > 0 ? fallback : weights.map(() => 1);
  const total = sum(w);
  return largestRemainder(w.map((x) => (people * x) / total));
}

/**
 * The people of the phases that name groups or locations, at each location, in plan order: a
 * named group where it works, a named location whoever there no earlier phase named (a pilot
 * group that works there started already), as the roster puts each person in the first phase
 * that names their group or location. `left`: each location's people no named audience took.
 */
export function namedByLocation(plan: Plan, audiences: PhaseAudience[], sizes: number[]): { rows: number[][]; left: number[] } {
  const { groups, locations } = plan.organization;
  const left = [...sizes];
  const rows = audiences.map((a) => {
    const row = locations.map(() => 0);
    if (a.kind === 'groups') {
      for (const name of a.groups!) {
        const group = groups.find((g) => g.name === name);
        const l = locations.findIndex((x) => x.name === group?.location);
        if (l >= 0) row[l]! += group!.headcount;
      }
    }
    if (a.kind === 'locations') {
      for (const name of a.locations!) {
        const l = locations.findIndex((x) => x.name === name);
        if (l >= 0) row[l] = left[l]!;
      }
    }
    row.forEach((n, l) => (left[l] = Math.max(0, left[l]! - n)));
    return row;
  });
  return { rows, left };
}

/**
 * How many of each phase's people work at each location (by index into
 * organization.locations); each row adds up to the phase's people. Named groups and locations
 * count as `named` has them; shares, `all` and groups without a location are spread over the
 * people still to come at each location, and `rest` takes whoever is left there, so a location
 * whose people all started earlier has nobody in it.
 */
export function peopleByLocation(audiences: PhaseAudience[], people: number[], sizes: number[], named: { rows: number[][]; left: number[] }): number[][] {
  const rows = named.rows.map((row) => [...row]);
  const left = [...named.left];
  const take = (i: number, row: number[]) => {
    rows[i] = rows[i]!.map((n, l) => n + row[l]!);
    row.forEach((n, l) => (left[l] = Math.max(0, left[l]! - n)));
  };
  // Named groups and locations are in place: whatever else is planned fills in around them.
  audiences.forEach((a, i) => {
    const share = a.kind === 'share' || a.kind === 'all' ? people[i]! : a.kind === 'groups' ? Math.max(0, people[i]! - sum(named.rows[i]!)) : 0;
    if (share > 0) take(i, spread(share, left, sizes));
  });
  audiences.forEach((a, i) => {
    if (a.kind === 'rest') take(i, spread(people[i]!, left, sizes));
  });
  return rows;
}
