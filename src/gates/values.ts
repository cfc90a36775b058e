import type { Metric } from '../plan/schema.js';
import { isIsoDate, parseDay, type Day } from '../util/dates.js';

export type DateFormat = 'auto' | 'yyyy-mm-dd' | 'dd-mm-yyyy';

/** ISO dates may carry a time (`2027-03-01T09:00`, `2027-03-01 09:00:00`); only the day counts. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
/** Day first, as European exports write it: 15-03-2027, 15/03/2027 or 15.03.2027. */
const DAY_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[T ].*)?$/;

/** A CSV date as a Day, or undefined when it is not a real date in an accepted format. */
export function parseCsvDate(text: string, format: DateFormat): Day | undefined {
  const trimmed = text.trim();
  let iso: string | undefined;
  const isoMatch = format !== 'dd-mm-yyyy' ? ISO.exec(trimmed) : null;
  if (isoMatch) iso = `${isoMatch[1]}-${isoMatch[2]}-${isoMatch[3]}`;
  const dayFirst = format !== 'yyyy-mm-dd' && !iso ? DAY_FIRST.exec(trimmed) : null;
  if (dayFirst) iso = `${dayFirst[4]}-${dayFirst[3]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`;
  return iso !== undefined && isIsoDate(iso) ? parseDay(iso) : undefined;
}

export function expectedDates(format: DateFormat): string {
  if (format === 'yyyy-mm-dd') return 'YYYY-MM-DD';
  if (format === 'dd-mm-yyyy') return 'DD-MM-YYYY';
  return 'YYYY-MM-DD or DD-MM-YYYY';
}

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
