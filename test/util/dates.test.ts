import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadenceBefore, CADENCE, dayIn, formatDay, parseCadence, parseDay, todayIn } from '../../src/util/dates.js';

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

describe('dayIn', () => {
  /** The local date as Intl gives it for this very moment, without the quarter-hour memo. */
  const direct = (ms: number, zone: string) => {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
    return parseDay(parts);
  };
  const zones = ['America/Paramaribo', 'America/New_York', 'America/St_Johns', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Europe/Amsterdam', 'Pacific/Chatham'];

  it('dates every moment as Intl does, across clock changes and zones a half or three quarters of an hour off', () => {
    const moment = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) });
    fc.assert(
      fc.property(moment, fc.constantFrom(...zones), (ms, zone) => {
        expect(dayIn(ms, zone)).toBe(direct(ms, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('dates the minutes around local midnight and New York\'s March clock change right', () => {
    const around = (iso: string) => Array.from({ length: 121 }, (_, i) => Date.parse(iso) + (i - 60) * 60_000);
    for (const [iso, zone] of [['2027-03-14T07:00:00Z', 'America/New_York'], ['2027-03-15T04:00:00Z', 'America/New_York'], ['2027-03-15T03:00:00Z', 'America/Paramaribo'], ['2027-03-14T18:15:00Z', 'Asia/Kathmandu']] as const) {
      for (const ms of around(iso)) expect(formatDay(dayIn(ms, zone))).toBe(formatDay(direct(ms, zone)));
    }
  });
});

describe('parseCadence', () => {
  it('reads days and weeks as days, and months (mo, month, maand) as calendar months', () => {
    expect(['1d', '10 d', '2w'].map(parseCadence)).toEqual([{ days: 1 }, { days: 10 }, { days: 14 }]);
    expect(['1mo', '1 month', '2 months', '1 maand', '3 maanden'].map(parseCadence)).toEqual([{ months: 1 }, { months: 1 }, { months: 2 }, { months: 1 }, { months: 3 }]);
  });

  it('refuses what the plan schema refuses: no unit, a unit it does not know, a fraction', () => {
    for (const text of ['1', '1m', '1 fortnight', '1.5mo', 'mo', '1y']) {
      expect(CADENCE.test(text)).toBe(false);
      expect(() => parseCadence(text)).toThrow(`not a duration: ${text}`);
    }
  });

  it('steps a month back to the same day, or the last day of a shorter month', () => {
    const back = (day: string, months: number) => formatDay(cadenceBefore(parseDay(day), { months }));
    expect([back('2027-04-15', 1), back('2027-03-31', 1), back('2028-03-31', 1), back('2027-05-31', 3), back('2027-01-10', 1)]).toEqual(['2027-03-15', '2027-02-28', '2028-02-29', '2027-02-28', '2026-12-10']);
    expect(formatDay(cadenceBefore(parseDay('2027-04-15'), { days: 14 }))).toBe('2027-04-01');
  });
});
