import type { Plan } from '../plan/resolve.js';
import { parseDay, type Day } from '../util/dates.js';

/**
 * The days whose rows a check as of a day reads for this rollout: from the plan's start, up to
 * that day, or up to the day before a rollback of the whole rollout once it is in effect (from
 * then on nothing is decided again, and the gates keep the verdicts of the days before).
 */
export interface DaysRead {
  from: Day;
  until: Day;
  /**
   * Set when a file whose rows all lie outside these days (or that has no rows) cannot change
   * what the check says: what is wrong with such a file is said, and it is left out, rather than
   * stopping the run. Why, for that warning.
   */
  outside?: string;
}

export function daysRead(plan: Pick<Plan, 'start' | 'rollback'>, asOf: Day): DaysRead {
  const from = parseDay(plan.start);
  const on = plan.rollback === undefined ? undefined : parseDay(plan.rollback.on);
  if (on === undefined || on > asOf) return { from, until: asOf };
  return { from, until: on - 1, outside: `it has no row before ${plan.rollback!.on}, when the rollout rolled back, and rows from that day on are not read` };
}

/** Whether none of these days is read: true for none at all; a day not known (NaN) may be one. */
export function noDayRead(days: DaysRead, dated: Iterable<Day>): boolean {
  for (const day of dated) if (!(day < days.from || day > days.until)) return false;
  return true;
}
