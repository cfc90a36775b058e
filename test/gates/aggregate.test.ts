import { describe, expect, it } from 'vitest';
import { aggregate, nps, percentile, slope } from '../../src/gates/aggregate.js';
import type { Observations } from '../../src/gates/series.js';

/** Observations on consecutive days from day 100, in the order given (then sorted as the gates read them). */
function series(values: number[], days: number[] = values.map((_, i) => 100 + i)): Observations {
  const order = values.map((_, i) => i).sort((a, b) => days[a]! - days[b]! || values[a]! - values[b]!);
  return { days: order.map((i) => days[i]!), values: order.map((i) => values[i]!) };
}

describe('aggregate', () => {
  const obs = series([4, 8, 6, 2, 10]);

  it.each([
    ['last', 10],
    ['mean', 6],
    ['min', 2],
    ['max', 10],
    ['sum', 30],
    ['count', 5],
    ['p50', 6],
    ['p90', 9.2],
    ['slope', 0.6],
  ] as const)('%s of 4, 8, 6, 2, 10 is %d', (kind, expected) => {
    expect(aggregate(kind, obs)).toBeCloseTo(expected, 10);
  });

  it('has nothing to say about no observations, except that there are none', () => {
    for (const kind of ['last', 'mean', 'min', 'max', 'sum', 'p50', 'p90', 'nps', 'slope'] as const) expect(aggregate(kind, series([]))).toBeUndefined();
    expect(aggregate('count', series([]))).toBe(0);
  });

  it('takes the mean of the rows on the latest day as last, whatever their order', () => {
    expect(aggregate('last', series([70, 90, 50, 60], [1, 2, 2, 1]))).toBe(70);
    expect(aggregate('last', series([60, 50, 90, 70], [1, 2, 2, 1]))).toBe(70);
  });

  it('handles a single value for the percentiles', () => {
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});

describe('nps', () => {
  it('is +30 for 5 promoters, 3 passives and 2 detractors', () => {
    expect(nps([10, 9, 9, 10, 9, 8, 7, 8, 3, 6])).toBe(30);
  });

  it('runs from -100 to +100, with 6 a detractor and 9 a promoter', () => {
    expect(nps([0, 6, 6])).toBe(-100);
    expect(nps([9, 10])).toBe(100);
    expect(nps([7, 8])).toBe(0);
  });
});

describe('slope', () => {
  it('is positive on a rising series and negative on a falling one, per day', () => {
    expect(slope(series([10, 12, 14, 16]))).toBeCloseTo(2, 10);
    expect(slope(series([30, 27, 24], [0, 7, 14]))).toBeCloseTo(-3 / 7, 10);
  });

  it('is zero on a flat series and undefined on a single day', () => {
    expect(slope(series([5, 5, 5]))).toBe(0);
    expect(slope(series([5, 9], [3, 3]))).toBeUndefined();
  });
});
