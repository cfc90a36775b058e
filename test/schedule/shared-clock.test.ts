import { describe, expect, it } from 'vitest';
import { timeLabel } from '../../src/reporters/schedule/describe.js';
import { buildSchedule, filterSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

/*
 * Shared sessions held at Paramaribo's clock (UTC-3 all year) for a phase in Amsterdam (UTC+1,
 * UTC+2 from Sunday 28 March 2027): 09:00 there is 13:00 in Amsterdam before that day, 14:00 after.
 */
const plan = validPlan(
  minimalPlan({
    start: '2027-03-15',
    organization: {
      name: 'Tjon A Fong Bouw',
      headcount: 30,
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 20 },
        { name: 'Amsterdam', timezone: 'Europe/Amsterdam', headcount: 10 },
      ],
    },
    calendar: { timezone: 'America/Paramaribo' },
    phases: [
      { id: 'office', name: 'Office', audience: { locations: ['Paramaribo'] }, weeks: 1 },
      { id: 'amsterdam', name: 'Amsterdam', audience: { locations: ['Amsterdam'] }, weeks: 2 },
    ],
    training: { mode: 'shared', sessionTime: '10:00', sessionMinutes: 60, officeHours: { time: '09:00' } },
  }),
);

describe('the time of a shared session in the schedule', () => {
  const events = buildSchedule(plan).events;
  const label = (phase: string, type: string, date: string) => timeLabel(events.find((e) => e.phase === phase && e.type === type && e.date === date)!, 'en');

  it('gives Amsterdam its own clock, daylight saving included', () => {
    expect([label('amsterdam', 'training', '2027-03-22'), label('amsterdam', 'office-hours', '2027-03-26'), label('amsterdam', 'office-hours', '2027-03-29')]).toEqual([
      '14:00 in Amsterdam (60 min)',
      '13:00 in Amsterdam (60 min)',
      '14:00 in Amsterdam (60 min)',
    ]);
    expect(events.find((e) => e.phase === 'amsterdam' && e.type === 'training')?.localTimes).toEqual([{ location: 'Amsterdam', time: '14:00' }]);
  });

  it('keeps the time as it is where every reader reads the session clock', () => {
    const office = events.find((e) => e.phase === 'office' && e.type === 'training')!;
    expect([timeLabel(office, 'en'), office.localTimes]).toEqual(['10:00 (60 min)', undefined]);
  });

  it('lists a shared session in one location’s schedule only when its phase brings in people there', () => {
    const sessions = (location: string) => new Set(filterSchedule(buildSchedule(plan), { location }).events.filter((e) => e.type === 'training' || e.type === 'office-hours').map((e) => e.phase));
    expect([...sessions('Amsterdam')]).toEqual(['amsterdam']);
    expect([...sessions('Paramaribo')]).toEqual(['office']);
  });
});
