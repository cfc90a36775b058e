import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { gateWindows } from '../../src/gates/evaluate.js';
import { redate } from '../../src/pauses/redate.js';
import type { Plan } from '../../src/plan/resolve.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { timePhases } from '../../src/schedule/phases.js';
import type { ScheduleEvent } from '../../src/schedule/types.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { example, ROOT, validPlan } from '../helpers.js';

const fixture = (name: string) => validPlan(readFileSync(path.join(ROOT, 'test', 'fixtures', 'pauses', name), 'utf8'));
const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml'));
const plans: [string, Plan][] = [...examples.map((name) => [name, validPlan(readFileSync(example(name), 'utf8'))] as [string, Plan]), ['paused.yaml', fixture('paused.yaml')], ['open.yaml', fixture('open.yaml')]];

/** Every gate's due day as the schedule dates it, and as gate-check does. */
function dues(plan: Plan): { schedule: Record<string, string>; check: Record<string, string> } {
  const schedule = buildSchedule(plan);
  const dated = Object.fromEntries(schedule.events.filter((e) => e.type === 'gate').map((e) => [e.key, e.date]));
  const held = Object.fromEntries(schedule.held.events.filter((e) => e.type === 'gate').map((e) => [e.key, `on hold, planned ${e.plannedDate}`]));
  const windows = gateWindows(plan, timePhases(plan), parseDay(plan.start));
  const check = Object.fromEntries(windows.map((w) => [w.gate.id, Number.isFinite(w.due) ? formatDay(w.due) : `on hold, planned ${formatDay(w.plannedDue)}`]));
  return { schedule: { ...dated, ...held }, check };
}

/**
 * Pauses around each gate's due day, with a holiday on that day: the pause starting on it, the
 * day after it and the Monday of its week, for two weeks; and one holding it open.
 */
function variants(plan: Plan): [string, Plan][] {
  const days = [...new Set(buildSchedule({ ...plan, pauses: [] }).events.filter((e) => e.type === 'gate').map((e) => parseDay(e.date)))].slice(0, 4);
  return days.flatMap((d): [string, Plan][] => {
    const monday = d - ((((d + 3) % 7) + 7) % 7);
    const holiday = { ...plan.calendar, holidays: [...plan.calendar.holidays, formatDay(d)] };
    const pause = (from: number, until?: number) => [{ from: formatDay(from), ...(until === undefined ? {} : { until: formatDay(until) }), reason: 'test' }];
    return [
      [`holiday on ${formatDay(d)}, pause from it`, { ...plan, calendar: holiday, pauses: pause(d, d + 14) }],
      [`holiday on ${formatDay(d)}, pause from the day after`, { ...plan, calendar: holiday, pauses: pause(d + 1, d + 15) }],
      [`holiday on ${formatDay(d)}, pause from its Monday`, { ...plan, calendar: holiday, pauses: pause(monday, monday + 14) }],
      [`no holiday, pause from ${formatDay(d)}`, { ...plan, pauses: pause(d, d + 7) }],
      [`holiday on ${formatDay(d)}, open pause from the day after`, { ...plan, calendar: holiday, pauses: pause(d + 1) }],
    ];
  });
}

describe('schedule and gate-check give every gate the same due day', () => {
  it.each(plans)('%s and pauses with holidays around its gates', (_, plan) => {
    const cases = [['as written', plan] as [string, Plan], ...variants(plan)];
    for (const [what, variant] of cases) {
      const { schedule, check } = dues(variant);
      expect(check, what).toEqual(schedule);
    }
  });

  it('keep a Monday launch on Monday after a pause from Monday to Monday, though a holiday had moved it', () => {
    // Advies was meant for Easter Monday 29 March and moved to Tuesday; the pause 29 March - 12 April moves it back to a Monday.
    const plan = fixture('paused.yaml');
    const schedule = buildSchedule(plan);
    const advies = schedule.phases.find((p) => p.id === 'department-2')!;
    expect(advies.start).toBe('2027-04-12');
    const first = (type: string) => schedule.events.find((e) => e.phase === 'department-2' && e.type === type)?.date;
    expect(['launch', 'training', 'office-hours'].map(first)).toEqual(['2027-04-12', '2027-04-12', '2027-04-12']);
    const { schedule: due, check } = dues(plan);
    expect([due['pilot-success'], check['pilot-success']]).toEqual(['2027-04-12', '2027-04-12']);
  });

  it('what-if and diff date items as the schedule does: a launch meant for the holiday moves like the items first dated on it', () => {
    const paused = fixture('paused.yaml');
    const plain = { ...paused, pauses: [] };
    const items = (events: ScheduleEvent[]) => events.map((e) => [e.type, e.phase, e.key, e.location, e.time, e.date, e.sequence ?? 0].join('|')).sort();
    const fast = redate(buildSchedule(plain), plain, paused)!;
    expect(items(fast.events)).toEqual(items(buildSchedule(paused).events));
  });

  it('count the announcement, reminder and checklists a pause moves back from the Monday the launch is moved to, though Easter Monday held it over to Tuesday', () => {
    // Albina was meant for Easter Monday 29 March and starts Tuesday 30 March; a pause of two weeks from 8 March moves it to Monday 12 April.
    const albina = parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'rollback', 'albina.yaml'), 'utf8')) as Record<string, unknown>;
    const plain = validPlan(stringify({ ...albina, rollback: undefined }));
    const paused = { ...plain, pauses: [{ from: '2027-03-08', until: '2027-03-22', reason: 'the line is down' }] };
    const ahead = (events: ScheduleEvent[]) => events.filter((e) => e.phase === 'albina' && ['announcement', 'reminder', 'two-weeks-before', 'one-week-before', 'launch'].includes(e.key)).map((e) => `${e.date} ${e.key}${e.movedFrom ? ` (off ${e.movedFrom})` : ''}`);
    expect(ahead(buildSchedule(plain).events)).toEqual(['2027-03-16 announcement', '2027-03-16 two-weeks-before', '2027-03-23 reminder', '2027-03-23 one-week-before', '2027-03-30 launch (off 2027-03-29)']);
    // Two weeks before 12 April is Easter Monday again: the announcement waits for the Tuesday, the reminder is on Monday 5 April.
    const moved = ['2027-03-30 announcement (off 2027-03-29)', '2027-03-30 two-weeks-before (off 2027-03-29)', '2027-04-05 reminder', '2027-04-05 one-week-before', '2027-04-12 launch'];
    expect(ahead(buildSchedule(paused).events)).toEqual(moved);
    expect(ahead(redate(buildSchedule(plain), plain, paused)!.events)).toEqual(moved);
  });
});
