import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePaused, compareSchedules } from '../../src/changes/compare.js';
import { onlyPausesDiffer, redate } from '../../src/pauses/redate.js';
import type { Plan } from '../../src/plan/resolve.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { example, minimalPlan, validPlan } from '../helpers.js';

/** What a comparison reads of each item, in a stable order. */
const items = (s: Schedule) =>
  s.events
    .map((e) => [e.type, e.phase ?? '', e.key, e.location ?? '', e.time ?? '', e.date, e.sequence ?? 0, e.pausedFrom ?? '', e.title].join('|'))
    .sort();

const withPause = (plan: Plan, from: string, until: string): Plan => ({ ...plan, pauses: [...plan.pauses, { from, until, reason: 'what if' }] });

// Locations with their own holidays, so that items move by the working days of their own place.
const places = validPlan(
  minimalPlan({
    organization: {
      name: 'Acme',
      headcount: 60,
      locations: [
        { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 30, holidays: ['2027-02-01', { date: '2027-03-01', name: 'Keti Koti' }] },
        { name: 'Georgetown', timezone: 'America/Guyana', headcount: 30, holidays: ['2027-02-23'] },
      ],
    },
    calendar: { holidays: ['2027-01-01', '2027-03-26'] },
    contingency: { exportEvery: '1w' },
  }),
);

// Two places with the same holidays, one of them open on Saturdays: each its own office hours.
const monToSat = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const weeks = (training?: Record<string, unknown>) =>
  validPlan(
    minimalPlan({
      organization: {
        name: 'Acme',
        headcount: 60,
        locations: [
          { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 20, holidays: ['2027-02-01'] },
          { name: 'Nieuw Nickerie', timezone: 'America/Paramaribo', headcount: 40, holidays: ['2027-02-01'], workingDays: monToSat },
        ],
      },
      ...(training ? { training } : {}),
    }),
  );

const plans: [string, Plan][] = [
  ...['enterprise.yaml', 'small-team.yaml', 'growing-team.yaml', 'solo.yaml'].map((name) => [name, validPlan(readFileSync(example(name), 'utf8'))] as [string, Plan]),
  ['two locations with their own holidays', places],
  ['two locations with the same holidays, one open on Saturdays', weeks()],
  ['shared sessions of places with different working weeks: on the days all of them work', weeks({ mode: 'shared' })],
  ['a plan with a pause already', { ...places, pauses: [{ from: '2027-01-11', until: '2027-01-13', reason: 'a storm' }] }],
];

describe('redate: the schedule of a plan that gained a pause, without building it again', () => {
  it.each(plans)('gives the dates building gives: %s', (_, plan) => {
    const schedule = buildSchedule(plan);
    let checked = 0;
    for (const from of ['2027-01-14', '2027-01-25', '2027-02-08', '2027-02-22', '2027-03-15', '2027-04-01']) {
      for (const until of [1, 5, 14].map((n) => new Date(Date.parse(from) + n * 86_400_000).toISOString().slice(0, 10))) {
        const after = withPause(plan, from, until);
        const fast = redate(schedule, plan, after);
        if (!fast) continue;
        const built = buildSchedule(after);
        expect(items(fast), `${from} until ${until}`).toEqual(items(built));
        // And the changes, with their titles and reasons, are the ones a comparison of two built schedules gives.
        expect(comparePaused(schedule, { before: plan, after }), `${from} until ${until}`).toEqual(compareSchedules(schedule, built, { before: plan, after }));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('declines what it cannot do: an open pause, a pause before one the plan has', () => {
    const schedule = buildSchedule(places);
    expect(redate(schedule, places, { ...places, pauses: [{ from: '2027-02-01', reason: 'open' }] })).toBeUndefined();
    const paused = { ...places, pauses: [{ from: '2027-02-15', until: '2027-02-22', reason: 'x' }] };
    expect(redate(buildSchedule(paused), paused, withPause(paused, '2027-01-25', '2027-02-01'))).toBeUndefined();
    expect(onlyPausesDiffer(places, places)).toBe(true);
    expect(onlyPausesDiffer(places, validPlan(minimalPlan()))).toBe(false);
  });
});
