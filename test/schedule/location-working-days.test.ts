import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import { diagnosticLines, minimalPlan, validPlan } from '../helpers.js';

/*
 * A head office in Paramaribo (Monday-Friday, the plan's days), a clinic in Albina that works
 * every day and a branch in Rotterdam that works Tuesday-Saturday, whose clock moves an hour on
 * Sunday 28 March 2027 (UTC+1, then UTC+2); Paramaribo stays UTC-3.
 */
const organization = {
  name: 'Stichting Zorg Marowijne',
  headcount: 40,
  locations: [
    { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 16 },
    { name: 'Albina', timezone: 'America/Paramaribo', headcount: 14, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
    { name: 'Rotterdam', timezone: 'Europe/Amsterdam', headcount: 10, workingDays: ['tue', 'wed', 'thu', 'fri', 'sat'] },
  ],
};
const phases = [
  { id: 'rotterdam', name: 'Rotterdam', audience: { locations: ['Rotterdam'] }, weeks: 2 },
  { id: 'office', name: 'Office', audience: { locations: ['Paramaribo'] }, weeks: 1 },
  { id: 'albina', name: 'Albina', audience: { locations: ['Albina'] }, weeks: 1 },
];
const plan = (training: Record<string, unknown> = {}) =>
  validPlan(minimalPlan({ start: '2027-03-22', organization, calendar: { timezone: 'America/Paramaribo' }, phases, training: { sessionTime: '10:00', ...training } }));
const sessions = (events: ReturnType<typeof buildSchedule>['events'], phase: string, type: string) => events.filter((e) => e.phase === phase && e.type === type);

describe('working days of one location', () => {
  const events = buildSchedule(plan()).events;

  it('holds a location’s office hours on its own days: Rotterdam’s Saturday, not its Monday', () => {
    expect(sessions(events, 'rotterdam', 'office-hours').map((e) => e.date)).toEqual(['2027-03-23', '2027-03-24', '2027-03-25', '2027-03-26', '2027-03-27', '2027-03-30', '2027-04-01', '2027-04-03']);
    expect(sessions(events, 'rotterdam', 'launch').map((e) => e.date)).toEqual(['2027-03-23']);
  });

  it('keeps the plan’s days for a location without its own: no weekend office hours at the head office', () => {
    expect(sessions(events, 'office', 'office-hours').map((e) => e.date)).toEqual(['2027-04-05', '2027-04-06', '2027-04-07', '2027-04-08', '2027-04-09']);
  });

  it('gives a location that works every day office hours on all seven days of its first week', () => {
    expect(sessions(events, 'albina', 'office-hours').map((e) => e.date)).toEqual(['2027-04-12', '2027-04-13', '2027-04-14', '2027-04-15', '2027-04-16', '2027-04-17', '2027-04-18']);
  });

  it('tells Rotterdam a shared session at Paramaribo’s clock at its own time on each side of the clock change, Saturday included', () => {
    const shared = buildSchedule(plan({ mode: 'shared', officeHours: { time: '09:00' } })).events;
    const at = (date: string) => sessions(shared, 'rotterdam', 'office-hours').find((e) => e.date === date)?.localTimes;
    expect([at('2027-03-27'), at('2027-03-30')]).toEqual([[{ location: 'Rotterdam', time: '13:00' }], [{ location: 'Rotterdam', time: '14:00' }]]);
    expect(sessions(shared, 'rotterdam', 'office-hours').every((e) => e.flags === undefined)).toBe(true);
  });
});

describe('checking a location’s working days', () => {
  it('names the file, line and day of a day that is not one', () => {
    const bad = minimalPlan({ organization: { ...organization, locations: [{ name: 'Albina', timezone: 'America/Paramaribo', workingDays: ['mon', 'zat'] }] } });
    expect(diagnosticLines(bad, 'schema').join('\n')).toMatch(/^rollout\.yaml:\d+:\d+: error organization\.locations\[0\]\.workingDays\[1\]/m);
  });

  it('hints at a location holiday on a day that location does not work, and not at one on its own Saturday', () => {
    const holidays = (workingDays: string[]) => minimalPlan({ start: '2027-03-01', organization: { name: 'Acme', headcount: 10, locations: [{ name: 'Albina', timezone: 'America/Paramaribo', workingDays, holidays: ['2027-03-06'] }] } });
    expect(diagnosticLines(holidays(['mon', 'tue', 'wed', 'thu', 'fri']), 'holiday-weekend')).toHaveLength(1);
    expect(diagnosticLines(holidays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']), 'holiday-weekend')).toEqual([]);
  });
});

/*
 * Albina works every day and Moengo Monday-Saturday; the plan's days are Monday-Friday.
 * A pilot at the head office from Monday 1 March, then each branch a week after the other.
 */
describe('a pause or an extension at a location with its own working days', () => {
  const moengo = { name: 'Moengo', timezone: 'America/Paramaribo', headcount: 4, workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] };
  const branches = { ...organization, locations: [...organization.locations.slice(0, 2), moengo] };
  const branchPhases = [
    { id: 'pilot', name: 'Pilot', audience: { locations: ['Paramaribo'] }, weeks: 2 },
    { id: 'albina', name: 'Albina', audience: { locations: ['Albina'] }, weeks: 1 },
    { id: 'moengo', name: 'Moengo', audience: { locations: ['Moengo'] }, weeks: 1 },
  ];
  const reason = { en: 'year-end', nl: 'jaarafsluiting' };
  const launches = (more: Record<string, unknown>) =>
    buildSchedule(validPlan(minimalPlan({ start: '2027-03-01', organization: branches, calendar: { timezone: 'America/Paramaribo' }, phases: branchPhases, ...more }))).events
      .filter((e) => e.type === 'launch')
      .map((e) => `${e.phase} ${e.date} ${new Date(e.date).getUTCDay()}`);

  it('without either, each branch launches on a Monday', () => {
    expect(launches({})).toEqual(['pilot 2027-03-01 1', 'albina 2027-03-15 1', 'moengo 2027-03-22 1']);
  });

  it('moves every launch by a week for a one-week pause from Monday to Monday: Mondays stay Mondays', () => {
    expect(launches({ pauses: [{ from: '2027-03-08', until: '2027-03-15', reason }] })).toEqual(['pilot 2027-03-01 1', 'albina 2027-03-22 1', 'moengo 2027-03-29 1']);
  });

  it('moves what waits for a pilot extended by a week by a week, at the 7-day and the 6-day branch alike', () => {
    expect(launches({ extensions: [{ phase: 'pilot', by: '1w', decided: '2027-03-08', reason }] })).toEqual(['pilot 2027-03-01 1', 'albina 2027-03-22 1', 'moengo 2027-03-29 1']);
  });

  it('moves what waits for a pilot extended by part of a week to the day after its new end, at the 7-day and the 6-day branch alike', () => {
    // Until Thursday 25 March: 9 working days. Albina starts Friday 26 (not Sunday 28), Moengo a week later, Friday 2 April (not Saturday 3).
    expect(launches({ extensions: [{ phase: 'pilot', until: '2027-03-25', decided: '2027-03-08', reason }] })).toEqual(['pilot 2027-03-01 1', 'albina 2027-03-26 5', 'moengo 2027-04-02 5']);
  });
});
