import type { Aggregate } from '../plan/schema.js';
import type { Observations } from './series.js';

/**
 * One number from a gate's observations (sorted by day, then value), or undefined when the
 * aggregate has nothing to say: no observations, or a slope over a single day.
 */
export function aggregate(kind: Aggregate, obs: Observations): number | undefined {
  const n = obs.values.length;
  if (kind === 'count') return n;
  if (n === 0) return undefined;
  const values = Array.from(obs.values);
  switch (kind) {
    case 'last':
      return last(obs);
    case 'mean':
      return sum(values) / n;
    case 'sum':
      return sum(values);
    case 'min':
      return sortedCopy(values)[0];
    case 'max':
      return sortedCopy(values)[n - 1];
    case 'p50':
      return percentile(sortedCopy(values), 0.5);
    case 'p90':
      return percentile(sortedCopy(values), 0.9);
    case 'nps':
      return nps(values);
    case 'slope':
      return slope(obs);
  }
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const sortedCopy = (values: number[]): number[] => [...values].sort((a, b) => a - b);

/** Mean of values summed in ascending order, so that row order never changes the last digits. */
export const meanInOrder = (values: number[]): number => sum(sortedCopy(values)) / values.length;

/** The value of the latest day; several rows on that day (e.g. one per location) count as their mean. */
function last(obs: Observations): number {
  const n = obs.values.length;
  const lastDay = obs.days[n - 1]!;
  let first = n - 1;
  while (first > 0 && obs.days[first - 1] === lastDay) first--;
  return sum(Array.from(obs.values).slice(first)) / (n - first);
}

/** Linear interpolation between the two nearest ranks (the spreadsheet PERCENTILE.INC rule). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** Net Promoter Score of 0-10 answers: % promoters (9-10) minus % detractors (0-6). */
export function nps(answers: number[]): number {
  const promoters = answers.filter((a) => a >= 9).length;
  const detractors = answers.filter((a) => a <= 6).length;
  return ((promoters - detractors) / answers.length) * 100;
}

/** Least-squares slope per day; undefined when every observation falls on one day. */
export function slope(obs: Observations): number | undefined {
  const n = obs.values.length;
  const days = Array.from(obs.days);
  const values = Array.from(obs.values);
  const meanDay = sum(days) / n;
  const meanValue = sum(values) / n;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    covariance += (days[i]! - meanDay) * (values[i]! - meanValue);
    variance += (days[i]! - meanDay) ** 2;
  }
  return variance === 0 ? undefined : covariance / variance;
}
