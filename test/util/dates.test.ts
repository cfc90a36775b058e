import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, parseDay, todayIn } from '../../src/util/dates.js';

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

describe('todayIn', () => {
  const at = (iso: string) => new Date(iso);

  it('is the date in a zone west of UTC: still Sunday in Paramaribo at 01:30 UTC on Monday', () => {
    expect(formatDay(todayIn(at('2027-03-15T01:30:00Z'), 'America/Paramaribo'))).toBe('2027-03-14');
    expect(formatDay(todayIn(at('2027-03-15T03:00:00Z'), 'America/Paramaribo'))).toBe('2027-03-15');
  });

  it('is the date in a zone east of UTC: already Monday in Tokyo at 16:00 UTC on Sunday', () => {
    expect(formatDay(todayIn(at('2027-03-14T16:00:00Z'), 'Asia/Tokyo'))).toBe('2027-03-15');
    expect(formatDay(todayIn(at('2027-03-14T14:59:00Z'), 'Asia/Tokyo'))).toBe('2027-03-14');
  });

  it('follows daylight saving time and the year\'s turn', () => {
    // New York is UTC-4 after the March switch: 03:30 UTC is 23:30 the day before.
    expect(formatDay(todayIn(at('2027-03-16T03:30:00Z'), 'America/New_York'))).toBe('2027-03-15');
    expect(formatDay(todayIn(at('2026-12-31T23:30:00Z'), 'Pacific/Auckland'))).toBe('2027-01-01');
    expect(formatDay(todayIn(at('2027-01-01T00:30:00Z'), 'UTC'))).toBe('2027-01-01');
  });
});
