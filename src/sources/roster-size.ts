import type { Plan } from '../plan/resolve.js';
import { formatPath, type PlanPath } from '../plan/positions.js';
import { parseDay } from '../util/dates.js';
import type { Roster } from './roster.js';

/** A headcount of the plan that the roster does not bear out. */
export interface RosterMismatch {
  /** The plan key that holds the headcount. */
  path: PlanPath;
  message: string;
  hint: string;
}

/**
 * People join and leave between a plan's writing and the latest roster: a headcount may be off
 * by a tenth, and always by one person, before the roster and the plan disagree.
 */
export function headcountTolerance(headcount: number): number {
  return Math.max(1, Math.floor(headcount / 10));
}

/**
 * Where the roster lists far fewer or far more people than the plan's headcounts: the
 * organization's, each group's and each location's. Counts only, never who is listed. Groups and
 * locations are compared only when the roster names them for somebody.
 */
export function rosterMismatches(plan: Plan, roster: Roster): RosterMismatch[] {
  const { groups, locations } = plan.organization;
  const out: RosterMismatch[] = [];
  const compare = (listed: number, gone: number, headcount: number, key: PlanPath, whom: string) => {
    const gap = listed - headcount;
    if (Math.abs(gap) <= headcountTolerance(headcount)) return;
    const name = formatPath(key);
    // Leavers keep their rows (with the day they left): a headcount written before they left is out of date, not the roster short.
    const left = gone > 0 ? ` on the start day (${gone} more left before it, by people.columns.left)` : '';
    out.push({
      path: key,
      message: `the roster ${roster.file} lists ${people(listed)}${whom}${left} but ${name} is ${headcount}`,
      hint:
        gap >= 0
          ? `if ${people(gap)} left, give them the day they left (people.columns.left); if people joined, raise ${name}; the schedule and messages size each phase by ${name}`
          : gone >= -gap
            ? `write ${name}: ${listed}: the headcounts count the people there when the rollout starts, and the schedule and messages size each phase by them`
            : `add the ${people(-gap)} missing from the roster, or lower ${name}; shares of active use count only the people in the roster`,
    });
  };
  // Leavers stay in the roster with the day they left, for the days before it. A headcount is of the people
  // there when the rollout starts: someone leaving or joining after that day is no reason to change it.
  const start = parseDay(plan.start);
  const staying: number[] = [];
  const leavers: number[] = [];
  for (let person = 0; person < roster.size; person++) {
    if (roster.employed(person, start)) staying.push(person);
    else if (roster.left[person]! <= start) leavers.push(person);
  }
  compare(staying.length, leavers.length, plan.organization.headcount, ['organization', 'headcount'], '');
  const inGroup = tally(staying.map((p) => roster.group[p]!), groups.length);
  const leftGroup = tally(leavers.map((p) => roster.group[p]!), groups.length);
  if (inGroup) groups.forEach((g, i) => compare(inGroup[i]!, leftGroup?.[i] ?? 0, g.headcount, ['organization', 'groups', i, 'headcount'], ` in group ${JSON.stringify(g.name)}`));
  const atLocation = tally(staying.map((p) => roster.location[p]!), locations.length);
  const leftLocation = tally(leavers.map((p) => roster.location[p]!), locations.length);
  if (atLocation) {
    locations.forEach((l, i) => {
      if (l.headcount !== undefined) compare(atLocation[i]!, leftLocation?.[i] ?? 0, l.headcount, ['organization', 'locations', i, 'headcount'], ` in ${l.name}`);
    });
  }
  return out;
}

/** People per index, or undefined when the roster names none (it lacks the column). */
function tally(indexes: readonly number[], size: number): number[] | undefined {
  const counts = new Array<number>(size).fill(0);
  let named = false;
  // An index loop: a roster is tallied once, before the code is warm, where for...of costs
  // about ten times as much per person.
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i]!;
    if (index < 0) continue;
    counts[index]!++;
    named = true;
  }
  return named ? counts : undefined;
}

export const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
