import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import { holidayMap, WorkCalendar } from '../../src/schedule/calendar.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { formatDay, parseDay, WEEKDAYS } from '../../src/util/dates.js';
import { stringify } from 'yaml';

const ZONES = ['America/Paramaribo', 'America/Guyana', 'America/Port_of_Spain', 'Europe/Amsterdam', 'Asia/Kolkata', 'Pacific/Auckland'];
const day = fc.integer({ min: parseDay('2020-01-01'), max: parseDay('2035-12-31') });

const shares = fc.constantFrom(['10-20%', '30-40%', 'rest'], ['50%', 'rest'], ['15%', '25%', '25%', 'rest'], ['33%', 'rest'], ['all']);

/** Random plans that validate: any preset or custom shares, calendars, holidays and locations. */
const planArb = fc
  .record({
    headcount: fc.integer({ min: 1, max: 5000 }),
    start: day,
    preset: fc.constantFrom('solo', 'small', 'growing', 'custom'),
    customShares: fc.option(shares, { nil: undefined }),
    weeks: fc.integer({ min: 1, max: 4 }),
    workingDays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    holidayOffsets: fc.array(fc.integer({ min: -20, max: 120 }), { maxLength: 15 }),
    zones: fc.subarray(ZONES, { maxLength: 3 }),
    shared: fc.boolean(),
  })
  .map((r) => {
    const start = formatDay(r.start);
    const plan: Record<string, unknown> = {
      version: 1,
      tool: { name: 'Tool' },
      organization: {
        name: 'Org',
        headcount: r.headcount,
        locations: r.zones.map((timezone, i) => ({ name: `L${i}`, timezone, champion: 'c', holidays: [formatDay(r.start + 3 + i)] })),
      },
      start,
      preset: r.preset,
      calendar: { workingDays: r.workingDays, holidays: [...new Set(r.holidayOffsets)].map((o) => formatDay(r.start + o)) },
      training: { mode: r.shared ? 'shared' : 'per-location' },
    };
    if (r.customShares) plan.phases = r.customShares.map((audience, i) => ({ id: `p${i}`, name: `P${i}`, audience, weeks: r.weeks }));
    return plan;
  });

function load(plan: Record<string, unknown>) {
  return loadPlan(stringify(plan), 'gen.yaml');
}

describe('schedule properties', () => {
  it('for random valid plans: no overlap, people add up, working days only, deterministic', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const { plan } = load(input);
        fc.pre(plan !== undefined);
        const schedule = buildSchedule(plan!);
        // Phases never overlap unless asked.
        schedule.phases.slice(1).forEach((p, i) => expect(p.start > schedule.phases[i]!.end).toBe(true));
        // People add up to headcount.
        expect(schedule.phases.reduce((a, p) => a + p.people, 0)).toBe(plan!.organization.headcount);
        // Every event falls on a working day of its own place.
        const global = new WorkCalendar(plan!.calendar.workingDays, holidayMap(plan!.calendar.holidays));
        for (const e of schedule.events) {
          const loc = plan!.organization.locations.find((l) => l.name === e.location);
          const cal = loc ? new WorkCalendar(plan!.calendar.workingDays, holidayMap(plan!.calendar.holidays, loc.holidays)) : global;
          expect(cal.isWorkingDay(parseDay(e.date)), `${e.type} ${e.date} ${e.location ?? ''}`).toBe(true);
        }
        // Deterministic: the same plan gives the same schedule.
        expect(JSON.stringify(buildSchedule(load(input).plan!))).toBe(JSON.stringify(schedule));
      }),
      { numRuns: 150 },
    );
  });
});
