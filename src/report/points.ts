import { aggregate, leastSquares, percentile, sum } from '../gates/aggregate.js';
import { latestAnswers } from '../gates/respondents.js';
import { daysEnd, through, type Observations } from '../gates/series.js';
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
  const { days, values } = obs;
  // Where each day ends (found by halving: a window holds few days and many rows), and its mean.
  const ends: number[] = [];
  const dailyMeans: Point[] = [];
  for (let begin = 0, end: number; begin < values.length; begin = end) {
    const day = days[begin]!;
    end = daysEnd(days, day, begin);
    ends.push(end);
    dailyMeans.push({ day, value: sum(values, begin, end) / (end - begin) });
  }
  if (kind === 'slope') return { line: dailyMeans, dots: [], trend: trendOf(latestAnswers(obs).obs) };
  const dots = OWN_SCALE.includes(kind) || kind === 'last' ? [] : dailyMeans;
  if (obs.people) return { line: answersLine(kind, obs, ends), dots };
  const running = new Running(kind, values.length);
  const line = ends.map((end, k) => {
    running.addDay(values, k === 0 ? 0 : ends[k - 1]!, end);
    return { day: days[end - 1]!, value: running.value(dailyMeans[k]!.value) };
  });
  return { line, dots };
}

/**
 * Of survey answers that name people, the gate's value as of each day: each person's latest
 * answer up to it (an answer replaces the same person's earlier one). A survey is small: each
 * day reads its answers so far again.
 */
function answersLine(kind: Exclude<Aggregate, 'slope'>, obs: Observations, ends: number[]): Point[] {
  return ends.map((end) => {
    const day = obs.days[end - 1]!;
    return { day, value: aggregate(kind, latestAnswers(through(obs, day)).obs)! };
  });
}

/**
 * The aggregate over the rows up to each day, kept as the days come in: what `aggregate` gives
 * for every prefix, without reading the prefix again (sums in the same order, so the same digits).
 */
class Running {
  private n = 0;
  private sum = 0;
  private min = Infinity;
  private max = -Infinity;
  private promoters = 0;
  private detractors = 0;
  /** For percentiles: the values so far, in order, each day's (already in order) merged in. */
  private sorted: Float64Array;
  private spare: Float64Array;

  constructor(
    private readonly kind: Exclude<Aggregate, 'slope'>,
    size: number,
  ) {
    const percentiles = kind === 'p50' || kind === 'p90';
    this.sorted = new Float64Array(percentiles ? size : 0);
    this.spare = new Float64Array(percentiles ? size : 0);
  }

  /** Values `begin..end` are one day's, in ascending order. */
  addDay(values: ArrayLike<number>, begin: number, end: number): void {
    // Only what the aggregate reads: a chart of a million rows walks them once more at most.
    switch (this.kind) {
      case 'sum':
      case 'mean':
        this.sum = sum(values, begin, end, this.sum);
        break;
      case 'min':
        this.min = Math.min(this.min, values[begin]!);
        break;
      case 'max':
        this.max = Math.max(this.max, values[end - 1]!);
        break;
      case 'nps':
        for (let i = begin; i < end; i++) {
          if (values[i]! >= 9) this.promoters++;
          else if (values[i]! <= 6) this.detractors++;
        }
        break;
      case 'p50':
      case 'p90':
        this.merge(values, begin, end);
        break;
    }
    this.n += end - begin;
  }

  /** `dayMean` is the latest day's mean: the value of `last`. */
  value(dayMean: number): number {
    switch (this.kind) {
      case 'count':
        return this.n;
      case 'sum':
        return this.sum;
      case 'mean':
        return this.sum / this.n;
      case 'last':
        return dayMean;
      case 'min':
        return this.min;
      case 'max':
        return this.max;
      case 'nps':
        return ((this.promoters - this.detractors) / this.n) * 100;
      case 'p50':
        return percentile(this.sorted.subarray(0, this.n), 0.5);
      case 'p90':
        return percentile(this.sorted.subarray(0, this.n), 0.9);
    }
  }

  private merge(values: ArrayLike<number>, begin: number, end: number): void {
    const { sorted: a, spare: out } = this;
    let i = 0;
    let j = begin;
    let k = 0;
    while (i < this.n && j < end) out[k++] = a[i]! <= values[j]! ? a[i++]! : values[j++]!;
    while (i < this.n) out[k++] = a[i++]!;
    while (j < end) out[k++] = values[j++]!;
    this.sorted = out;
    this.spare = a;
  }
}

function trendOf(obs: Observations): GateLine['trend'] {
  // The gate's own fit gives the centre too: three walks over the rows, not five.
  const fit = leastSquares(obs);
  if (fit === undefined) return undefined;
  const { days } = obs;
  const at = (day: Day): Point => ({ day, value: fit.meanValue + fit.slope * (day - fit.meanDay) });
  return { from: at(days[0]!), to: at(days[days.length - 1]!), centre: { day: fit.meanDay, value: fit.meanValue } };
}
