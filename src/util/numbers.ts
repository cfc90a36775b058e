import type { Language } from '../plan/schema.js';

/*
 * Numbers written as Intl.NumberFormat writes them in English and Dutch, without Intl: the first
 * Intl.NumberFormat of a process loads ICU's number data, about 10 ms of CPU, a tenth of what a
 * report adds to the gate check it is built on. A test holds this to Intl's output for any number.
 */

export interface NumberStyle {
  /** At most this many decimals, rounded half away from zero (Intl's maximumFractionDigits). */
  decimals: number;
  /** Thousands separators, as Intl's default useGrouping. */
  grouping: boolean;
  /**
   * `auto` writes the sign of a negative number that rounds to 0 (`-0`); `negative` does not;
   * `exceptZero` also writes `+` before a positive number, and no sign on one that rounds to 0.
   */
  sign: 'auto' | 'negative' | 'exceptZero';
}

const SEPARATORS: Record<Language, { point: string; group: string }> = { en: { point: '.', group: ',' }, nl: { point: ',', group: '.' } };

export function formatNumber(n: number, language: Language, { decimals, grouping, sign }: NumberStyle): string {
  const negative = n < 0 || Object.is(n, -0);
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return negative ? '-∞' : sign === 'exceptZero' ? '+∞' : '∞';
  const { whole, fraction } = rounded(Math.abs(n), decimals);
  const { point, group } = SEPARATORS[language];
  const zero = whole === '0' && fraction === '';
  const signed = negative ? (sign === 'auto' || !zero ? '-' : '') : sign === 'exceptZero' && !zero ? '+' : '';
  return `${signed}${grouping ? whole.replace(/\B(?=(\d{3})+$)/g, group) : whole}${fraction === '' ? '' : point + fraction}`;
}

/**
 * A non-negative number's digits rounded to `decimals`, from its shortest decimal form (the
 * digits String gives), as ICU rounds: 1.005 is 1.01 to two decimals, though the double is
 * slightly below 1.005.
 */
function rounded(n: number, decimals: number): { whole: string; fraction: string } {
  return nearTie(n, decimals) ? roundedDigits(n, decimals) : roundedDouble(n, decimals);
}

/** Below this, n * 10^decimals is within 4e-7 of the value its shortest decimal form gives. */
const EXACT_ENOUGH = 1e9;

/** Whether rounding the double could differ from rounding its shortest decimal form (or is out of reach). */
function nearTie(n: number, decimals: number): boolean {
  const scaled = n * 10 ** decimals;
  return !(scaled < EXACT_ENOUGH) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6;
}

/** The double rounded as a number: the digits rounding gives wherever no tie is near, without taking its text apart. */
function roundedDouble(n: number, decimals: number): { whole: string; fraction: string } {
  const scale = 10 ** decimals;
  const units = Math.round(n * scale);
  const rest = units % scale;
  let fraction = decimals > 0 ? String(rest).padStart(decimals, '0') : '';
  let end = fraction.length;
  while (end > 0 && fraction[end - 1] === '0') end--;
  fraction = fraction.slice(0, end);
  return { whole: String((units - rest) / scale), fraction };
}

function roundedDigits(n: number, decimals: number): { whole: string; fraction: string } {
  const [mantissa, exponent = '0'] = String(n).split('e');
  const [head, tail = ''] = mantissa!.split('.');
  let digits = head! + tail;
  // Where the decimal point falls in `digits`: it may lie before the first digit or past the last.
  let point = head!.length + Number(exponent);
  const kept = point + decimals;
  if (kept < digits.length) {
    const up = kept >= 0 && digits[kept]! >= '5';
    digits = kept > 0 ? digits.slice(0, kept) : '';
    if (up) {
      const carried = increment(digits.padStart(Math.max(kept, 0), '0'));
      if (carried.length > Math.max(kept, 0)) point++;
      digits = carried;
    } else if (kept < 0) digits = '';
  }
  if (point <= 0) return trimmed('0', '0'.repeat(-point) + digits);
  return trimmed(digits.slice(0, point).padEnd(point, '0'), digits.slice(point));
}

/** Adds one to a string of decimal digits: '129' -> '130', '99' -> '100', '' -> '1'. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

function trimmed(whole: string, fraction: string): { whole: string; fraction: string } {
  return { whole: whole.replace(/^0+(?=\d)/, ''), fraction: fraction.replace(/0+$/, '') };
}
