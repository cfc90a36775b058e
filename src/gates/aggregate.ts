import type { Aggregate } from '../plan/schema.js';
import type { Observations } from './series.js';

/**
 * One number from a gate's observations (sorted by day, then value), or undefined when the
 * aggregate has nothing to say: no observations, or a slope over a single day.
 */
export function aggregate(kind: Aggregate, obs: Observations): number | undefined {
  const { values } = obs;
  const n = values.length;
  if (kind === 'count') return n;
  if (n === 0) return undefined;
  // Read in place: a window can hold millions of rows, so only the percentiles copy (to sort).
  switch (kind) {
    case 'last':
      return last(obs);
    case 'mean':
      return sum(values, 0, n) / n;
    case 'sum':
      return sum(values, 0, n);
    case 'min':
      return extreme(values, Math.min);
    case 'max':
      return extreme(values, Math.max);
    case 'p50':
      return percentile(Float64Array.from(values).sort(), 0.5);
    case 'p90':
      return percentile(Float64Array.from(values).sort(), 0.9);
    case 'nps':
      return nps(values);
    case 'slope':
      return slope(obs);
  }
}

/**
 * Left to right, so that the digits are those of the order given; from `total` on, so that a sum
 * kept running gives the digits of one over all. One function for every sum: it is soon
 * optimized, where a loop of its own would first run a million additions in the interpreter.
 */
export function sum(values: ArrayLike<number>, from = 0, to = values.length, total = 0): number {
  for (let i = from; i < to; i++) total += values[i]!;
  return total;
}

function extreme(values: ArrayLike<number>, pick: (a: number, b: number) => number): number {
  let best = values[0]!;
  for (let i = 1; i < values.length; i++) best = pick(best, values[i]!);
  return best;
}

/** Mean of values summed in ascending order, so that row order never changes the last digits. */
export const meanInOrder = (values: ArrayLike<number>): number => sum(Float64Array.from(values).sort()) / values.length;

/** The value of the latest day; several rows on that day (e.g. one per location) count as their mean. */
function last(obs: Observations): number {
  const n = obs.values.length;
  const lastDay = obs.days[n - 1]!;
  let first = n - 1;
  while (first > 0 && obs.days[first - 1] === lastDay) first--;
  return sum(obs.values, first, n) / (n - first);
}

/** Linear interpolation between the two nearest ranks (the spreadsheet PERCENTILE.INC rule). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** Net Promoter Score of 0-10 answers: % promoters (9-10) minus % detractors (0-6). */
export function nps(answers: ArrayLike<number>): number {
  const { promoters, detractors } = npsCounts(answers);
  return ((promoters - detractors) / answers.length) * 100;
}

/** 0-10 answers as an NPS splits them: promoters (9-10), passives (7-8) and detractors (0-6). */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export function npsCounts(answers: ArrayLike<number>): NpsCounts {
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < answers.length; i++) {
    if (answers[i]! >= 9) promoters++;
    else if (answers[i]! <= 6) detractors++;
  }
  return { promoters, passives: answers.length - promoters - detractors, detractors };
}

/** Least-squares slope per day; undefined when every observation falls on one day. */
export const slope = (obs: Observations): number | undefined => leastSquares(obs)?.slope;

/** The least-squares line: its slope per day and its centre (mean day, mean value); undefined when every observation falls on one day. */
export function leastSquares(obs: Observations): { slope: number; meanDay: number; meanValue: number } | undefined {
  const { days, values } = obs;
  const n = values.length;
  const meanDay = sum(days, 0, n) / n;
  const meanValue = sum(values, 0, n) / n;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    covariance += (days[i]! - meanDay) * (values[i]! - meanValue);
    variance += (days[i]! - meanDay) ** 2;
  }
  return variance === 0 ? undefined : { slope: covariance / variance, meanDay, meanValue };
}
