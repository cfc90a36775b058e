import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../src/report/i18n.js';
import { inReportStyle } from '../../src/report/in-report-style.js';
import { formatDay } from '../../src/util/dates.js';

describe('gate-check’s sentence in the report', () => {
  it('writes its days as the report does and its conditions with signs, in English and Dutch', () => {
    const line = 'the launch of Kernteam on 2027-01-18 will wait: go-no-go is 45 so far, needs >= 60 on 2027-01-15; tickets needs <= -0.5';
    expect(inReportStyle(line, formatsFor('en'))).toBe('the launch of Kernteam on 18 Jan will wait: go-no-go is 45 so far, needs ≥ 60 on 15 Jan; tickets needs ≤ -0.5');
    expect(inReportStyle('vanaf 2027-03-29, nodig: > 0', formatsFor('nl'))).toBe('vanaf 29 mrt, nodig: > 0');
  });

  it('leaves what is no day or no condition as it is', () => {
    const kept = 'build 2027-02-30, id 12027-01-011, 2027-01-15-rc, arrow → pause, a => b, x>=1';
    expect(inReportStyle(kept, formatsFor('en'))).toBe(kept);
  });

  it('leaves no real day of any year in ISO form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 400 }), fc.constantFrom<'en' | 'nl'>('en', 'nl'), (offset, language) => {
        const iso = formatDay(offset - 365 * 30);
        const out = inReportStyle(`on ${iso}.`, formatsFor(language));
        expect(out).not.toContain(iso);
        expect(out).toMatch(/^on \d{1,2} \p{L}{3}\.$/u);
      }),
    );
  });
});
