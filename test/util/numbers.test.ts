import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/plan/schema.js';
import { formatNumber, type NumberStyle } from '../../src/util/numbers.js';

const LOCALES: Record<Language, string> = { en: 'en-US', nl: 'nl-NL' };
const intl = (n: number, language: Language, { decimals, grouping, sign }: NumberStyle) =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: decimals, useGrouping: grouping, signDisplay: sign }).format(n);

const style = fc.record({ decimals: fc.integer({ min: 0, max: 4 }), grouping: fc.boolean(), sign: fc.constantFrom('auto' as const, 'negative' as const, 'exceptZero' as const) });
const language = fc.constantFrom<Language>('en', 'nl');

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat writes, for any double', () => {
    fc.assert(
      fc.property(fc.double(), language, style, (n, lang, s) => {
        expect(formatNumber(n, lang, s)).toBe(intl(n, lang, s));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes what Intl.NumberFormat writes for numbers of everyday size, which take a shorter way', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), language, style, (n, lang, s) => {
        expect(formatNumber(n, lang, s)).toBe(intl(n, lang, s));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds ties as Intl does, from the shortest decimal form', () => {
    // A 5 just past the last kept decimal: where rounding the double and rounding its digits part.
    const tie = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 1_000_000 }), fc.stringMatching(/^\d{0,4}$/));
    fc.assert(
      fc.property(tie, language, style, ([negative, whole, fraction], lang, s) => {
        const n = Number(`${negative ? '-' : ''}${whole}.${fraction}5`);
        const kept = { ...s, decimals: fraction.length };
        expect(formatNumber(n, lang, kept)).toBe(intl(n, lang, kept));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [1.005, 'en', 2, '1.01'],
    [0.996, 'en', 2, '1'],
    [9.996, 'nl', 2, '10'],
    [1234567.891, 'en', 2, '1,234,567.89'],
    [-1234.5, 'nl', 2, '-1.234,5'],
    [5e-7, 'en', 6, '0.000001'],
    [1e21, 'en', 2, '1,000,000,000,000,000,000,000'],
    [-0.001, 'en', 2, '-0'],
  ] as const)('writes %d in %s to %d decimals as %s', (n, lang, decimals, text) => {
    expect(formatNumber(n, lang, { decimals, grouping: true, sign: 'auto' })).toBe(text);
    expect(intl(n, lang, { decimals, grouping: true, sign: 'auto' })).toBe(text);
  });

  it('leaves out the sign of a negative number that rounds to zero when asked', () => {
    expect(formatNumber(-0.04, 'nl', { decimals: 1, grouping: false, sign: 'negative' })).toBe('0');
    expect(formatNumber(-12345.67, 'nl', { decimals: 1, grouping: false, sign: 'negative' })).toBe('-12345,7');
  });

  it('writes NaN and the infinities as Intl does', () => {
    for (const sign of ['auto', 'exceptZero'] as const) {
      for (const n of [NaN, Infinity, -Infinity]) expect(formatNumber(n, 'en', { decimals: 2, grouping: true, sign })).toBe(intl(n, 'en', { decimals: 2, grouping: true, sign }));
    }
  });

  it.each([
    [12, '+12'],
    [-3, '-3'],
    [0, '0'],
    [-0, '0'],
    [0.0004, '0'],
    [-0.0004, '0'],
  ])('with exceptZero writes %d as %s', (n, text) => {
    expect(formatNumber(n, 'en', { decimals: 3, grouping: true, sign: 'exceptZero' })).toBe(text);
  });
});
