import type { Plan } from '../plan/resolve.js';
import { parseDuration, type Day } from '../util/dates.js';

/** Where the days a measurement counts lie against a pause: before it, during it, or in its first week back. */
export type PauseWeek = 'before' | 'during' | 'after';

const WEEK = 7;

/**
 * How many days up to its day a value of `metric` counts: an activity report's `activeWithin`
 * (the longest, when several sources give it), else the one day a value is written for.
 */
export function measuredDays(plan: Plan, metric: string | undefined): number {
  const within = plan.sources.flatMap((s) => (s.kind === 'activity' && s.metric === metric ? [parseDuration(s.activeWithin)] : []));
  return Math.max(1, ...within);
}

/** How many of the days from `a` up to `b` (not included) lie from `c` up to `d`. */
const overlap = (a: Day, b: Day, c: Day, d: Day): number => Math.max(0, Math.min(b, d) - Math.max(a, c));

/**
 * Where most of the `days` a value measured on `measured` counts (that day and those before)
 * lie against a pause from `from` until `until` (open: undefined): in the week before it, in
 * it, or in the first week back from it; null when most lie elsewhere. A report refreshed on
 * the day a pause ends counts the days of the pause; one refreshed on its first day, the week
 * before. On a tie, the pause's days win: a figure they shaped is not told as the week back.
 */
export function pauseWeekOf(pause: { from: Day; until: Day | undefined }, measured: Day, days: number): PauseWeek | null {
  const first = measured - days + 1;
  const end = measured + 1;
  const until = pause.until ?? Infinity;
  const counts: [PauseWeek, number][] = [
    ['during', overlap(first, end, pause.from, until)],
    ['before', overlap(first, end, pause.from - WEEK, pause.from)],
    ['after', overlap(first, end, until, until + WEEK)],
  ];
  const [week, n] = counts.reduce((best, c) => (c[1] > best[1] ? c : best));
  return n > 0 && n * 2 >= days ? week : null;
}
