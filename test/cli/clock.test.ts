import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { todayWhere } from '../../src/cli/clock.js';
import { formatDay } from '../../src/util/dates.js';

describe('today read from the clock in the plan\'s zone', () => {
  it('is the date Intl gives, on Windows and elsewhere, and leaves the machine\'s zone as it was', () => {
    const zones = ['America/Paramaribo', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'Pacific/Auckland', 'Pacific/Chatham', 'Europe/Amsterdam', 'UTC'];
    const machine = process.env.TZ;
    const offset = new Date(0).getTimezoneOffset();
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const now = new Date(ms);
        const intl = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
        expect(formatDay(todayWhere(zone, now, 'linux'))).toBe(intl);
        expect(formatDay(todayWhere(zone, now, 'win32'))).toBe(intl);
      }),
    );
    expect(process.env.TZ).toBe(machine);
    expect(new Date(0).getTimezoneOffset()).toBe(offset);
  });
});
