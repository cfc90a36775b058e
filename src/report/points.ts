import { aggregate, slope } from '../gates/aggregate.js';
import type { Observations } from '../gates/series.js';
import type { Aggregate } from '../plan/schema.js';
import type { Day } from '../util/dates.js';

/** What a gate chart draws, worked out from the gate's observations (sorted by day). */

export interface Point {
  day: Day;
  value: number;
}

export interface GateLine {
  /** The gate's aggregate over the rows up to each day: the number the threshold is held against. */
  line: Point[];
  /** Each day's mean, where the aggregate is in the same unit as the rows (mean, min, p90, ...). */
  dots: Point[];
  /** For slope gates: the least-squares line through the rows, from the first day to the last, and its centre. */
  trend?: { from: Point; to: Point; centre: Point };
}

/** Aggregates whose line is not in the unit of the rows themselves, so daily dots would mislead. */
const OWN_SCALE: Aggregate[] = ['count', 'sum', 'nps'];

export function gateLine(kind: Aggregate, obs: Observations): GateLine {
  const days = Array.from(obs.days);
  const values = Array.from(obs.values);
  const ends = days.flatMap((day, i) => (days[i + 1] === day ? [] : [i + 1]));
  const dailyMeans = ends.map((end, k) => {
    const begin = k === 0 ? 0 : ends[k - 1]!;
    const slice = values.slice(begin, end);
    return { day: days[begin]!, value: slice.reduce((a, b) => a + b, 0) / slice.length };
  });
  if (kind === 'slope') return { line: dailyMeans, dots: [], trend: trendOf(days, values) };
  const line = ends.map((end) => ({ day: days[end - 1]!, value: aggregate(kind, { days: days.slice(0, end), values: values.slice(0, end) })! }));
  return { line, dots: OWN_SCALE.includes(kind) || kind === 'last' ? [] : dailyMeans };
}

function trendOf(days: number[], values: number[]): GateLine['trend'] {
  const perDay = slope({ days, values });
  if (perDay === undefined) return undefined;
  const meanDay = days.reduce((a, b) => a + b, 0) / days.length;
  const meanValue = values.reduce((a, b) => a + b, 0) / values.length;
  const at = (day: Day): Point => ({ day, value: meanValue + perDay * (day - meanDay) });
  return { from: at(days[0]!), to: at(days[days.length - 1]!), centre: { day: meanDay, value: meanValue } };
}
