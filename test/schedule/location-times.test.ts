import { describe, expect, it } from 'vitest';
import { timeLabel } from '../../src/reporters/schedule/describe.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { minimalPlan, validPlan } from '../helpers.js';

/**
 * Zorgcentrum Wanica: the office in Paramaribo works Monday to Friday, 08:00-17:00; the clinic in
 * Albina nights every day of the week, 23:00-07:00, at times of its own.
 */
const plan = (language: string, training: Record<string, unknown> = {}) =>
  validPlan(
    minimalPlan({
      start: '2027-03-01',
      organization: {
        name: 'Zorgcentrum Wanica',
        headcount: 30,
        languages: [language],
        locations: [
          { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 20 },
          {
            name: 'Albina',
            timezone: 'America/Paramaribo',
            headcount: 10,
            workingHours: { start: '23:00', end: '07:00' },
            workingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
            sessionTime: '23:00',
            officeHoursTime: '23:30',
          },
        ],
      },
      phases: [{ id: 'everyone', name: 'Everyone', audience: 'all', weeks: 2 }],
      training: { sessionTime: '10:00', ...training },
    }),
  );

const at = (location: string, type: string, language = 'en') =>
  buildSchedule(plan(language)).events.filter((e) => e.type === type && e.location === location);

describe('a location with session times of its own', () => {
  it('has its training and office hours at its times, the other location at the plan’s, with nothing flagged', () => {
    const events = buildSchedule(plan('en')).events.filter((e) => e.type === 'training' || e.type === 'office-hours');
    expect(new Set(events.map((e) => `${e.location} ${e.type} ${e.time}`))).toEqual(
      new Set(['Paramaribo training 10:00', 'Paramaribo office-hours 14:00', 'Albina training 23:00', 'Albina office-hours 23:30']),
    );
    expect(events.filter((e) => e.flags)).toEqual([]);
  });

  it('titles the first week’s office hours as the messages say them: daily where the location works every day, else every working day', () => {
    expect([at('Albina', 'office-hours')[0]!.title, at('Paramaribo', 'office-hours')[0]!.title]).toEqual([
      'Office hours (daily, first week of Everyone)',
      'Office hours (every working day, first week of Everyone)',
    ]);
    expect([at('Albina', 'office-hours', 'nl')[0]!.title, at('Paramaribo', 'office-hours', 'nl')[0]!.title]).toEqual([
      'Spreekuur (elke dag, eerste week van Everyone)',
      'Spreekuur (elke werkdag, eerste week van Everyone)',
    ]);
  });

  it('with one session for all: daily only when every location of the phase works every day', () => {
    const shared = buildSchedule(plan('en', { mode: 'shared' })).events.find((e) => e.type === 'office-hours')!;
    expect(shared.title).toBe('Office hours (every working day, first week of Everyone)');
  });
});

describe('the time of a session shared by places on other clocks', () => {
  const shared = (language: string) =>
    validPlan(
      minimalPlan({
        start: '2027-03-01',
        organization: {
          name: 'Ramdin & Partners',
          headcount: 30,
          languages: [language],
          locations: [
            { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 20 },
            { name: 'Rotterdam', timezone: 'Europe/Amsterdam', headcount: 10 },
          ],
        },
        calendar: { timezone: 'America/Paramaribo' },
        phases: [{ id: 'everyone', name: 'Everyone', audience: 'all', weeks: 2 }],
        training: { mode: 'shared', sessionTime: '10:00', sessionMinutes: 60 },
      }),
    );
  const label = (language: 'en' | 'nl') => timeLabel(buildSchedule(shared(language)).events.find((e) => e.type === 'training')!, language);

  it('joins the places with "and", as the messages and the report do, in English and Dutch', () => {
    expect(label('en')).toBe('10:00 in Paramaribo and 14:00 in Rotterdam (60 min)');
    expect(label('nl')).toBe('10:00 in Paramaribo en 14:00 in Rotterdam (60 min)');
  });
});
