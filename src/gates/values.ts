import type { Metric } from '../plan/schema.js';

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

export type ParsedValue = { value: number } | { problem: string };

/**
 * A CSV cell as the number the plan's thresholds speak in. Percent metrics take `80%`, and bare
 * numbers in the metric's scale (0-100 unless the plan says 0-1). A decimal comma is read only
 * where the delimiter is not a comma.
 */
export function parseMetricValue(text: string, metric: Metric | undefined, decimalComma: boolean): ParsedValue {
  let cell = text.trim();
  const percentSign = cell.endsWith('%');
  if (percentSign) {
    if (metric?.unit !== 'percent') return { problem: `is written as a percentage, but ${metric?.name ?? 'this metric'} is not a percent metric; write it without %` };
    cell = cell.slice(0, -1).trimEnd();
  }
  if (!NUMBER.test(cell) || (cell.includes(',') && !decimalComma)) return { problem: 'is not a number' };
  const value = Number(cell.replace(',', '.'));
  if (!Number.isFinite(value)) return { problem: 'is too large to be a measurement' };
  const fraction = !percentSign && metric?.unit === 'percent' && metric.scale === '0-1';
  const percent = fraction ? value * 100 : value;
  if (metric?.unit === 'percent' && (percent < 0 || percent > 100)) {
    return { problem: `is not a percentage from 0 to 100${fraction ? ' (the plan reads this metric on a 0-1 scale)' : ''}` };
  }
  return { value: percent };
}
