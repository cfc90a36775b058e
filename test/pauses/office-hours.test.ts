import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePaused, compareSchedules } from '../../src/changes/compare.js';
import { whatIf } from '../../src/changes/what-if.js';
import { redate } from '../../src/pauses/redate.js';
import type { Plan } from '../../src/plan/resolve.js';
import { buildSchedule } from '../../src/schedule/build.js';
import type { Schedule } from '../../src/schedule/types.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { minimalPlan, validPlan } from '../helpers.js';

const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** A phase's office hours as `key date weekday time`, in date order. */
const officeHours = (s: Schedule, phase: string, location?: string) =>
  s.events
    .filter((e) => e.type === 'office-hours' && e.phase === phase && e.location === location)
    .map((e) => `${e.key} ${e.date} ${WEEKDAY[new Date(e.date).getUTCDay()]} ${e.time}`);

// Two two-week launches; Tuesday 26 January is a holiday.
const plan = (pauses: Plan['pauses'] = []) =>
  validPlan(
    minimalPlan({
      phases: [
        { id: 'pilot', name: 'Pilot', kind: 'launch', audience: '50%', weeks: 2 },
        { id: 'rest', name: 'Rest', kind: 'launch', audience: 'rest', weeks: 2 },
      ],
      calendar: { holidays: ['2027-01-26'] },
      training: { officeHours: { time: '15:00' } },
      pauses,
    }),
  );

describe('office hours after a pause are planned as for a phase that starts on its resume day', () => {
  it('a phase the pause moves into a week with a holiday: daily on each working day, three in its second week, none stacked', () => {
    // Without the pause, Rest starts Monday 18 January; the pause moves it to Monday 25 January.
    const s = buildSchedule(plan([{ from: '2027-01-11', until: '2027-01-18', reason: 'network' }]));
    expect(s.phases.find((p) => p.id === 'rest')!.start).toBe('2027-01-25');
    expect(officeHours(s, 'rest')).toEqual([
      'first-week 2027-01-25 Mon 15:00',
      'first-week 2027-01-27 Wed 15:00',
      'first-week 2027-01-28 Thu 15:00',
      'first-week 2027-01-29 Fri 15:00',
      'second-week 2027-02-01 Mon 15:00',
      'second-week 2027-02-03 Wed 15:00',
      'second-week 2027-02-05 Fri 15:00',
    ]);
    // The same as a phase planned to start there.
    const planned = buildSchedule(validPlan({ ...minimalPlan(), start: '2027-01-11', phases: [{ id: 'pilot', name: 'Pilot', kind: 'launch', audience: '50%', weeks: 2 }, { id: 'rest', name: 'Rest', kind: 'launch', audience: 'rest', weeks: 2 }], calendar: { holidays: ['2027-01-26'] }, training: { officeHours: { time: '15:00' } } }));
    expect(officeHours(planned, 'rest')).toEqual(officeHours(s, 'rest'));
  });

  it('a phase paused in its first week: those before the pause stay, then a daily week from the resume day', () => {
    // Pilot runs from Monday 4 January; paused Wednesday 6 until Wednesday 13 January, it ends Friday 22 January.
    const pauses = [{ from: '2027-01-06', until: '2027-01-13', reason: 'network' }];
    const s = buildSchedule(plan(pauses));
    // diff names the pause for the sessions the week back adds, as for those it moves.
    const changes = compareSchedules(buildSchedule(plan()), s, { before: plan(), after: plan(pauses) }).changes.filter((c) => c.type === 'office-hours' && c.phase === 'pilot');
    expect(changes.map((c) => [c.change, c.to, c.reason])).toContainEqual(['appeared', '2027-01-19', 'pause from 2027-01-06 until 2027-01-13: network']);
    expect(changes.every((c) => c.reason === 'pause from 2027-01-06 until 2027-01-13: network')).toBe(true);
    expect(s.phases.find((p) => p.id === 'pilot')!.end).toBe('2027-01-22');
    expect(officeHours(s, 'pilot')).toEqual([
      'first-week 2027-01-04 Mon 15:00',
      'first-week 2027-01-05 Tue 15:00',
      'first-week 2027-01-13 Wed 15:00',
      'first-week 2027-01-14 Thu 15:00',
      'first-week 2027-01-15 Fri 15:00',
      'first-week 2027-01-18 Mon 15:00',
      'first-week 2027-01-19 Tue 15:00',
      'second-week 2027-01-20 Wed 15:00',
      'second-week 2027-01-21 Thu 15:00',
      'second-week 2027-01-22 Fri 15:00',
    ]);
  });

  it('titles the sessions of the weeks back as such, in the schedule and in what-if: not the pilot’s first and second week', () => {
    const pauses = [{ from: '2027-01-06', until: '2027-01-13', reason: 'what if' }];
    const back = ['Office hours (every working day, first week back after the pause, Pilot)', 'Office hours (3x, second week back after the pause, Pilot)'];
    const after = buildSchedule(plan(pauses)).events.filter((e) => e.type === 'office-hours' && e.phase === 'pilot' && e.date >= '2027-01-13');
    expect([...new Set(after.map((e) => e.title))]).toEqual(back);
    const changes = whatIf(plan(), { from: '2027-01-06', length: '1w' }).set.changes.filter((c) => c.type === 'office-hours' && c.phase === 'pilot');
    expect([...new Set(changes.map((c) => c.title))]).toEqual(back);
  });
});

/** Every item as what-if and diff read it (the flags of a shared session stay those of the schedule they start from). */
const items = (s: Schedule) =>
  s.events.map((e) => [e.type, e.phase ?? '', e.key, e.location ?? '', e.time ?? '', e.date, e.sequence ?? 0, e.pausedFrom ?? '', e.movedFrom ?? '', e.movedBecause ?? '', e.title].join('|')).sort();

/** Random plans with office hours every week, holidays, locations with their own, and maybe a pause already. */
const randomPlan = fc
  .record({
    weeks: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 90 }), { maxLength: 8 }),
    local: fc.uniqueArray(fc.integer({ min: 0, max: 90 }), { maxLength: 3 }),
    perWeek: fc.integer({ min: 0, max: 5 }),
    weekly: fc.boolean(),
    shared: fc.boolean(),
    locations: fc.boolean(),
    earlier: fc.option(fc.record({ at: fc.integer({ min: 2, max: 20 }), days: fc.integer({ min: 1, max: 10 }) }), { nil: undefined }),
  })
  .map((r) => {
    const day = (n: number) => formatDay(parseDay('2027-01-04') + n);
    const locations = [
      { name: 'Paramaribo', timezone: 'America/Paramaribo', headcount: 30, holidays: r.local.map(day) },
      { name: 'Nieuw Nickerie', timezone: 'America/Paramaribo', headcount: 10 },
    ];
    const phases = r.weeks.map((weeks, i) => ({ id: `p${i}`, name: `P${i}`, kind: 'launch', audience: i === r.weeks.length - 1 ? 'rest' : '20%', weeks }));
    return validPlan(
      minimalPlan({
        organization: { name: 'Acme', headcount: 40, ...(r.locations ? { locations } : {}) },
        phases,
        calendar: { holidays: r.holidays.map(day) },
        training: { mode: r.shared ? 'shared' : 'per-location', officeHours: { secondWeekPerWeek: r.perWeek, after: r.weekly ? 'weekly' : 'as-needed' } },
        pauses: r.earlier ? [{ from: day(r.earlier.at), until: day(r.earlier.at + r.earlier.days), reason: 'earlier' }] : [],
      }),
    );
  });

describe('what-if and diff give the office hours a full build gives after a pause', () => {
  it('on random plans and pauses: the same items, titles, SEQUENCE and changes', () => {
    let replanned = 0;
    fc.assert(
      fc.property(randomPlan, fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 21 }), (plan, at, days) => {
        const from = formatDay(parseDay('2027-01-04') + at);
        const after = { ...plan, pauses: [...plan.pauses, { from, until: formatDay(parseDay(from) + days), reason: 'what if' }] };
        const schedule = buildSchedule(plan);
        const fast = redate(schedule, plan, after);
        fc.pre(fast !== undefined);
        const built = buildSchedule(after);
        expect(items(fast!)).toEqual(items(built));
        expect(comparePaused(schedule, { before: plan, after })).toEqual(compareSchedules(schedule, built, { before: plan, after }));
        const count = (s: Schedule) => s.events.filter((e) => e.type === 'office-hours').length;
        if (count(built) !== count(schedule)) replanned++;
      }),
      { numRuns: 150, seed: 20271 },
    );
    // Pauses inside a phase: its office hours were planned anew, not only moved.
    expect(replanned).toBeGreaterThan(20);
  });
});
