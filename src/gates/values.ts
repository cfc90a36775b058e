import { outsideRange, RANGE_FIX } from '../plan/metric-range.js';
import type { Metric } from '../plan/schema.js';

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
/** `1.234` where a decimal comma is allowed: 1234 with a thousands dot, or 1.234. */
const AMBIGUOUS = /^[+-]?[1-9]\d{0,2}\.\d{3}$/;

/** What a character between digit groups means: `.` or `,` or a space groups thousands; `none`: nothing does. */
export type Thousands = '.' | ',' | ' ' | 'none';

/** A value, or what is wrong with it and, when the plan can fix it, how. */
export type ParsedValue = { value: number } | { problem: string; fix?: string };

/**
 * A CSV cell as the number the plan's thresholds speak in. Percent metrics take `80%`, and bare
 * numbers in the metric's scale (0-100 unless the plan says 0-1). A decimal comma is read only
 * where the delimiter is not a comma, and there `1.234` is refused unless `thousands` says what
 * the dot means.
 */
export function parseMetricValue(text: string, metric: Metric | undefined, decimalComma: boolean, thousands?: Thousands): ParsedValue {
  let cell = text.trim();
  const percentSign = cell.endsWith('%');
  if (percentSign) {
    if (metric?.unit !== 'percent') return { problem: `is written as a percentage, but ${metric?.name ?? 'this metric'} is not a percent metric`, fix: 'write it without % in the export, or give the metric unit: percent in the plan' };
    cell = cell.slice(0, -1).trimEnd();
  }
  if (thousands !== undefined && thousands !== 'none') {
    const groups = cell.split(thousands);
    if (groups.length > 1) {
      const grouped = groups.every((g, i) => (i === 0 ? /^[+-]?\d{1,3}$/.test(g) : /^\d{3}(?:[.,]\d*)?$/.test(g) && (i === groups.length - 1 || g.length === 3)));
      if (!grouped) return { problem: `is not a number (metricsImport.thousands says ${JSON.stringify(thousands)} groups thousands, as in 1${thousands}234)` };
      cell = groups.join('');
    }
    decimalComma = thousands !== ',';
  } else if (decimalComma && thousands === undefined && AMBIGUOUS.test(cell)) {
    return { problem: 'is ambiguous in a file with decimal commas: 1234 or a decimal point?', fix: 'set metricsImport.thousands to "." (1.234 is 1234) or "none" (1.234 is 1.234)' };
  }
  if (!NUMBER.test(cell) || (cell.includes(',') && !decimalComma)) return { problem: 'is not a number' };
  const value = Number(cell.replace(',', '.'));
  if (!Number.isFinite(value)) return { problem: 'is too large to be a measurement' };
  const fraction = !percentSign && metric?.unit === 'percent' && metric.scale === '0-1';
  const percent = fraction ? value * 100 : value;
  if (metric?.unit === 'percent' && (percent < 0 || percent > 100)) {
    return { problem: `is not a percentage from 0 to 100${fraction ? ' (the plan reads this metric on a 0-1 scale)' : ''}` };
  }
  const outside = outsideRange(percent, metric);
  return outside ? { problem: outside, fix: RANGE_FIX } : { value: percent };
}
