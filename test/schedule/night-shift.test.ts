import { describe, expect, it } from 'vitest';
import { locationCalendar } from '../../src/schedule/calendar.js';
import { attendanceProblem } from '../../src/schedule/sessions.js';
import { shiftOf } from '../../src/schedule/working-hours.js';
import { parseDay } from '../../src/util/dates.js';
import { diagnosticLines, minimalPlan, validPlan } from '../helpers.js';

const night = { start: '23:00', end: '07:00' };

describe('working hours that cross midnight or go round the clock', () => {
  it('puts 02:00 in the night shift that began the day before, and 23:30 in the one that begins that day', () => {
    expect([shiftOf(night, 2 * 60, 90), shiftOf(night, 23 * 60 + 30, 90), shiftOf(night, 23 * 60, 8 * 60)]).toEqual([-1, 0, 0]);
  });

  it('keeps the daytime and a session that runs past the shift’s end outside it', () => {
    expect([shiftOf(night, 10 * 60, 60), shiftOf(night, 6 * 60 + 30, 60), shiftOf(night, 22 * 60 + 30, 60)]).toEqual([undefined, undefined, undefined]);
  });

  it('takes 00:00-24:00 as round the clock, and 08:00-24:00 as until midnight', () => {
    expect([shiftOf({ start: '00:00', end: '24:00' }, 3 * 60, 90), shiftOf({ start: '00:00', end: '24:00' }, 23 * 60 + 30, 90)]).toEqual([0, 0]);
    expect([shiftOf({ start: '08:00', end: '24:00' }, 22 * 60 + 30, 90), shiftOf({ start: '08:00', end: '24:00' }, 23 * 60, 90)]).toEqual([0, undefined]);
  });
});

/*
 * A night shift in Rotterdam (Europe/Amsterdam), Monday-Friday nights, and sessions held at
 * Paramaribo's clock (UTC-3 all year). Amsterdam moves from UTC+1 to UTC+2 on Sunday 28 March
 * 2027, so 02:00 in Paramaribo is 06:00 there before and 07:00 after.
 */
const plan = validPlan(
  minimalPlan({
    start: '2027-03-22',
    organization: {
      name: 'Zorg Rotterdam',
      headcount: 10,
      locations: [{ name: 'Rotterdam', timezone: 'Europe/Amsterdam', headcount: 10, workingHours: night, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
    },
  }),
);
const rotterdam = plan.organization.locations[0]!;
const calendar = locationCalendar(plan, rotterdam);
const attend = (date: string, time: string) => attendanceProblem(parseDay(date), time, 60, 'America/Paramaribo', rotterdam, calendar);

describe('a night shift across a change of the clocks', () => {
  it('lets the night shift attend 02:00 Paramaribo time before the change, and says why not after it', () => {
    expect(attend('2027-03-26', '02:00')).toBeUndefined();
    expect(attend('2027-03-30', '02:00')).toBe('outside working hours in Rotterdam: 07:00-08:00 local, works 23:00-07:00');
  });

  it('counts a session after midnight as part of the shift of the day before: Monday 01:00 there is Sunday night, not worked', () => {
    expect(attend('2027-03-28', '20:00')).toBe('Rotterdam does not work on 2027-03-28: Sunday');
    expect(attend('2027-03-29', '20:00')).toBeUndefined();
  });
});

describe('checking working hours', () => {
  const hours = (workingHours: Record<string, string>) => minimalPlan({ organization: { name: 'Acme', headcount: 10, locations: [{ name: 'Albina', timezone: 'America/Paramaribo', workingHours }] } });

  it('accepts a night shift and round the clock', () => {
    expect([...diagnosticLines(hours(night), 'schema'), ...diagnosticLines(hours({ start: '00:00', end: '24:00' }), 'schema'), ...diagnosticLines(hours(night), 'working-hours')]).toEqual([]);
  });

  it('says at the line how to write them when a time is misspelt', () => {
    const [line] = diagnosticLines(hours({ start: '24:00', end: '07:00' }), 'schema');
    expect(line).toMatch(/^rollout\.yaml:\d+:\d+: error organization\.locations\[0\]\.workingHours\.start: expected a time of day written HH:MM/);
    expect(line).toContain('a shift past midnight is written { start: "23:00", end: "07:00" }, round the clock { start: "00:00", end: "24:00" }');
  });

  it('refuses working hours that start and end at the same time, saying how to write round the clock', () => {
    expect(diagnosticLines(hours({ start: '07:00', end: '07:00' }), 'working-hours').join('\n')).toMatch(/working hours start and end at 07:00 .*round the clock \{ start: "00:00", end: "24:00" \}/);
  });
});
