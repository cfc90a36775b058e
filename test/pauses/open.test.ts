import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { gateWindows } from '../../src/gates/evaluate.js';
import { planMessages } from '../../src/render/messages.js';
import { scheduleTable } from '../../src/reporters/schedule/table.js';
import { buildSchedule } from '../../src/schedule/build.js';
import { timePhases } from '../../src/schedule/phases.js';
import type { Schedule } from '../../src/schedule/types.js';
import { formatDay, parseDay } from '../../src/util/dates.js';
import { ROOT, validPlan } from '../helpers.js';

/**
 * Paused 29 March - 12 April 2027 (everything after moves two weeks), then from 26 April with no
 * end: the last phase, the switch-off and what follows them are on hold.
 */
const OPEN = path.join(ROOT, 'test', 'fixtures', 'pauses', 'open.yaml');
const plan = validPlan(readFileSync(OPEN, 'utf8'));
const schedule = buildSchedule(plan);

describe('an open pause after a closed one', () => {
  it('shows each held item at its last real date, after the closed pause, and with its title', () => {
    expect(schedule.held.phases.map((p) => [p.id, p.plannedStart])).toEqual([['everyone-else', '2027-04-26'], ['decommission', '2027-05-10']]);
    const held = (type: string, key: string) => schedule.held.events.find((e) => e.type === type && e.key === key);
    // The go/no-go due the Friday before the open pause was judged then: it keeps its day.
    expect([held('gate', 'department-2-go-no-go'), schedule.events.find((e) => e.key === 'department-2-go-no-go')?.date]).toEqual([undefined, '2027-04-23']);
    expect(held('launch', 'launch')).toMatchObject({ phase: 'everyone-else', plannedDate: '2027-04-26' });
    // Nothing held is dated before the open pause but a held phase's items.
    for (const e of schedule.held.events) if (e.phase !== 'everyone-else' && e.phase !== 'decommission') expect(e.plannedDate >= '2027-04-26', `${e.type} ${e.key}`).toBe(true);
    for (const e of schedule.held.events) expect(e.title, `${e.type} ${e.key}`).not.toBe('');
    // Titles by week name the week of the date they show.
    const update = schedule.held.events.find((e) => e.type === 'weekly-update')!;
    expect(update.title).toBe(`Wekelijkse update, week ${Math.floor((parseDay(update.plannedDate) - parseDay(plan.start)) / 7) + 1}`);
    // The calendar had them at that date with the SEQUENCE of the closed pause's move.
    // The closed pause before reached it: two revisions (begun, ended); the open one cancels it at three.
    expect(held('launch', 'launch')?.sequence).toBe(2);
  });

  it('lists a held launch\'s messages that went out before the pause as sent, and holds the rest', () => {
    const messages = planMessages(schedule, plan);
    const emailed = new Set(messages.map((m) => m.event).filter((e) => e !== undefined));
    const live = schedule.events.filter((e) => e.phase !== undefined && e.phase !== 'everyone-else' && ['announcement', 'reminder', 'launch', 'checklist'].includes(e.type));
    expect(live.filter((e) => !emailed.has(e)).map((e) => `${e.date} ${e.type} ${e.phase} ${e.key}`)).toEqual([]);
    // Announced and reminded before the pause of 26 April: sent, as render-emails wrote them from the plan before it.
    const sent = (s: Schedule) => s.events.filter((e) => e.phase === 'everyone-else' && e.type !== 'pause').map((e) => `${e.date} ${e.type} ${e.key} ${'onHold' in e}`);
    expect(sent(schedule)).toEqual(['2027-04-12 announcement announcement false', '2027-04-12 checklist two-weeks-before false', '2027-04-19 reminder reminder false', '2027-04-19 checklist one-week-before false']);
    const waits = (s: Schedule) => s.held.events.filter((e) => e.phase === 'everyone-else').map((e) => e.type);
    expect(waits(schedule)).toContain('launch');
    expect(waits(schedule)).not.toContain('announcement');
    expect(waits(schedule)).not.toContain('reminder');
    // Written in ahead, on 16 April: the reminder of the 19th speaks of the pause, and waits with the launch.
    const ahead = buildSchedule(validPlan(readFileSync(OPEN, 'utf8').replace('  - from: 2027-04-26\n', '  - from: 2027-04-26\n    decided: 2027-04-16\n')));
    expect(sent(ahead)).toEqual(['2027-04-12 announcement announcement false', '2027-04-12 checklist two-weeks-before false']);
    expect(ahead.held.events.filter((e) => e.phase === 'everyone-else' && e.plannedDate === '2027-04-19').map((e) => e.key)).toEqual(['reminder', 'one-week-before']);
  });

  it('gives gate-check the due days the schedule shows, each inside its own window', () => {
    const planned = new Map(schedule.held.events.filter((e) => e.type === 'gate').map((e) => [e.key, e.plannedDate]));
    const windows = gateWindows(plan, timePhases(plan), parseDay('2027-04-27')).filter((w) => !Number.isFinite(w.due));
    expect(new Map(windows.map((w) => [w.gate.id, formatDay(w.plannedDue)]))).toEqual(planned);
    for (const w of windows) expect(w.from <= w.plannedDue, w.gate.id).toBe(true);
    expect(formatDay(windows.find((w) => w.gate.id === 'everyone-else-success')!.from)).toBe('2027-04-26');
  });

  it('says the end is open in the header, not the end of the last dated phase', () => {
    const header = scheduleTable(schedule, new Chalk({ level: 0 }), 'nl').split('\n')[0]!;
    expect(header).toBe('Invoering van Microsoft Teams bij Sranan Advies: 25 personen, vanaf 2027-03-01, einde open: gepauzeerd sinds 2027-04-26');
  });
});
