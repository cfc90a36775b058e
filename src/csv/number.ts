/**
 * Which decimal mark a cell may use: `.` or `,` alone, either, or either with `1.234` (one to three
 * digits, a dot, three digits) left unread because it may be a thousands group.
 */
export type DecimalMarks = '.' | ',' | 'either' | 'either-guarded';

const ZERO = 0x30;
const POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A cell's bytes as a number when they are a plain decimal (`-12`, `7.5`, `7,5`, `.5`, with
 * spaces around), else NaN so that the caller reads the text the slow way and can say what is
 * wrong. Exact: up to 15 digits are an integer below 2^53 and 10^k (k <= 22) is exact, so one
 * division rounds correctly; longer numbers and exponents are left to Number().
 */
export function parseDecimal(buf: Uint8Array, start: number, end: number, marks: DecimalMarks): number {
  while (start < end && (buf[start] === 0x20 || buf[start] === 0x09)) start++;
  while (end > start && (buf[end - 1] === 0x20 || buf[end - 1] === 0x09)) end--;
  let i = start;
  const sign = buf[i] === 0x2d ? -1 : 1;
  if (buf[i] === 0x2d || buf[i] === 0x2b) i++;
  let mantissa = 0;
  let digits = 0;
  let intDigits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const c = buf[i]!;
    const d = c - ZERO;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      if (fraction >= 0) fraction++;
      else intDigits++;
    } else if (fraction < 0 && ((c === 0x2e && marks !== ',') || (c === 0x2c && marks !== '.'))) {
      fraction = 0;
      if (c === 0x2e && marks === 'either-guarded' && end - i === 4 && intDigits >= 1 && intDigits <= 3 && buf[start + (sign < 0 || buf[start] === 0x2b ? 1 : 0)] !== ZERO) return NaN;
    } else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = fraction > 0 ? mantissa / POWERS[fraction]! : mantissa;
  return sign * value;
}
