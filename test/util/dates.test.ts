import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../src/util/dates.js';

const day = fc.integer({ min: 0, max: parseDay('2200-12-31') });

describe('parseDay', () => {
  it('reads back every day formatDay writes, 1970 to 2200', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(parseDay(formatDay(d))).toBe(d);
      }),
    );
  });

  it('counts days since 1970-01-01 in UTC, whatever the time zone', () => {
    expect(parseDay('1970-01-01')).toBe(0);
    expect(parseDay('2027-03-01')).toBe(Date.UTC(2027, 2, 1) / 86_400_000);
    expect(parseDay('2028-02-29') - parseDay('2028-02-28')).toBe(1);
  });

  it('reads dates of another shape as their parts say', () => {
    expect(parseDay('2027-3-1')).toBe(parseDay('2027-03-01'));
    expect(parseDay('12027-03-01')).toBe(Math.floor(Date.UTC(12027, 2, 1) / 86_400_000));
  });
});
