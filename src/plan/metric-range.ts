import type { Metric } from './schema.js';

/** A metric's `range`, its lowest and highest value, when the plan (or the default metric) gives one. */
export function metricRange(metric: Pick<Metric, 'range'> | undefined): [number, number] | undefined {
  const range = metric?.range;
  return range ? [range[0]!, range[1]!] : undefined;
}

/** A range as a message says it: `1 to 10`. */
export function rangeText([lo, hi]: readonly [number, number]): string {
  return `${lo} to ${hi}`;
}

/** Why `value` cannot be a value of `metric` (outside its range), or undefined when it can. */
export function outsideRange(value: number, metric: Metric | undefined): string | undefined {
  const range = metricRange(metric);
  return range && (value < range[0] || value > range[1]) ? `is not from ${rangeText(range)}, the range of ${metric!.name}` : undefined;
}

/** What to do about a value outside its metric's range. */
export const RANGE_FIX = 'correct it in the export, or run with --lenient to skip bad rows; a metric on another scale gives its range under metrics: (range: [LOW, HIGH])';
