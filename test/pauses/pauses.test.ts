import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/schedule/build.js';
import type { ScheduleEvent } from '../../src/schedule/types.js';
import { example, load, minimalPlan, run, tempDir, validPlan } from '../helpers.js';

// The default preset from Monday 2027-01-04: early adopters weeks 1-2, core team 3-4 (from 01-18),
// everyone else 5-6 (from 02-01), decommission week 7 (from 02-15).
const plan = (pauses: Record<string, unknown>[]) => validPlan(minimalPlan({ pauses }));
const key = (e: ScheduleEvent) => `${e.type}|${e.phase ?? ''}|${e.key}|${e.location ?? ''}|${e.time ?? ''}`;

describe('pauses', () => {
  const before = buildSchedule(plan([]));
  const after = buildSchedule(plan([{ from: '2027-01-18', until: '2027-02-01', reason: 'too few use it', phase: 'core-team' }]));

  it('move every item on or after the first day by the working days of the pause, and leave earlier ones', () => {
    const dated = new Map(after.events.map((e) => [`${key(e)}|${e.pausedFrom ?? e.date}`, e]));
    // Go/no-go gates follow the launch they guard (tested below), wherever they fall.
    for (const e of before.events.filter((x) => !x.key.endsWith('-go-no-go'))) {
      const moved = dated.get(`${key(e)}|${e.date}`)!;
      expect(moved, key(e)).toBeDefined();
      if (e.date < '2027-01-18') expect([moved.date, moved.sequence]).toEqual([e.date, undefined]);
      else expect([moved.pausedFrom, moved.sequence, moved.date > e.date]).toEqual([e.date, 2, true]);
    }
    expect(after.phases.map((p) => [p.id, p.start, p.end])).toEqual([
      ['early-adopters', '2027-01-04', '2027-01-15'],
      ['core-team', '2027-02-01', '2027-02-12'],
      ['everyone-else', '2027-02-15', '2027-02-26'],
      ['decommission', '2027-03-01', '2027-03-05'],
    ]);
    expect(after.pauses).toEqual([{ from: '2027-01-18', until: '2027-02-01', reason: 'too few use it', phase: 'core-team', name: 'Core team', workingDays: 10 }]);
    const notices = after.events.filter((e) => e.type === 'pause' || e.type === 'resume').map((e) => [e.type, e.date]);
    expect(notices).toEqual([['pause', '2027-01-18'], ['resume', '2027-01-29']]);
  });

  it('move the go/no-go gate with the launch it guards, and holidays still count', () => {
    const gate = after.events.find((e) => e.key === 'early-adopters-go-no-go')!;
    expect([gate.date, gate.sequence]).toEqual(['2027-01-29', 2]);
    const holiday = buildSchedule(validPlan(minimalPlan({ calendar: { holidays: ['2027-01-20'] }, pauses: [{ from: '2027-01-18', until: '2027-01-25', reason: 'x' }] })));
    // A week's pause is 5 working weekdays, the holiday on the 20th included: the core team starts on the 25th, the session of its second working day on the 26th.
    expect(holiday.pauses[0]!.workingDays).toBe(5);
    expect([holiday.phases[1]!.start, holiday.events.find((e) => e.type === 'office-hours' && e.phase === 'core-team' && e.pausedFrom === '2027-01-19')?.date]).toEqual(['2027-01-25', '2027-01-26']);
  });

  it('keep the weekly rhythm: a two-week pause over holidays moves everything by two weeks, then off a holiday', () => {
    // Holidays inside the pause (Fri 01-22, Mon 01-25) do not shorten it; one after it (Fri 02-12) moves the update landing on it.
    const s = buildSchedule(validPlan(minimalPlan({ calendar: { holidays: ['2027-01-22', '2027-01-25', '2027-02-12'] }, pauses: [{ from: '2027-01-18', until: '2027-02-01', reason: 'x' }] })));
    expect(s.pauses[0]!.workingDays).toBe(10);
    const moved = s.events.filter((e) => e.pausedFrom !== undefined);
    const days = (type: string) => moved.filter((e) => e.type === type).map((e) => e.date);
    expect(days('launch')).toEqual(['2027-02-01', '2027-02-15']);
    expect(days('survey')).toEqual(['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22', '2027-03-01']);
    expect(days('weekly-update')).toEqual(['2027-02-05', '2027-02-11', '2027-02-19', '2027-02-26']);
    expect(moved.find((e) => e.date === '2027-02-11')).toMatchObject({ movedFrom: '2027-02-12', pausedFrom: '2027-01-29' });
    // Planned for Friday 01-22 (a holiday, so Thursday), the first-week checklist is back on a Friday once moved past it.
    expect(moved.find((e) => e.type === 'checklist' && e.key === 'first-week' && e.phase === 'core-team')).toMatchObject({ date: '2027-02-05', pausedFrom: '2027-01-21' });
    expect(moved.some((e) => e.movedFrom === '2027-01-22' || e.movedFrom === '2027-01-25')).toBe(false);
    // Titles name the week the schedule puts the item in, each week once.
    const weekly = s.events.filter((e) => e.key === 'each-week-after' || e.type === 'weekly-update' || e.type === 'survey');
    for (const e of weekly) expect(e.title, e.date).toMatch(new RegExp(`week ${e.week}\\)?$`));
    const eachWeek = s.events.filter((e) => e.key === 'each-week-after').map((e) => e.week);
    expect(new Set(eachWeek).size).toBe(eachWeek.length);
  });

  it('hold every later item while a pause has no end: no date, no message, and gate-check pauses', async () => {
    const open = buildSchedule(plan([{ from: '2027-01-18', reason: 'waiting for the vendor' }]));
    expect(open.events.every((e) => e.date < '2027-01-18' || e.type === 'pause')).toBe(true);
    expect(open.held.phases.map((p) => [p.id, p.plannedStart])).toEqual([['core-team', '2027-01-18'], ['everyone-else', '2027-02-01'], ['decommission', '2027-02-15']]);
    // Held: what falls on or after the pause's first day. A held phase's announcement and checklists before it went out,
    // and its go/no-go, due the Friday before, was judged then: it keeps its day.
    const later = before.events.filter((e) => e.date >= '2027-01-18');
    expect(open.held.events.length).toBe(later.length);
    expect(open.events.filter((e) => e.key === 'early-adopters-go-no-go').map((e) => e.date)).toEqual(['2027-01-15']);
    expect(open.events.filter((e) => e.phase === 'everyone-else')).toEqual([]);
    expect(open.events.filter((e) => e.phase === 'core-team').map((e) => `${e.date} ${e.type} ${e.key}`)).toEqual([
      '2027-01-04 announcement announcement',
      '2027-01-04 checklist two-weeks-before',
      '2027-01-11 reminder reminder',
      '2027-01-11 checklist one-week-before',
    ]);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), JSON.stringify(minimalPlan({ pauses: [{ from: '2027-01-18', reason: 'waiting for the vendor' }] })));
    writeFileSync(path.join(dir, 'm.csv'), 'date,metric,value\n2027-01-14,active_use_pct,90\n');
    const json = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.phases.at(-1)).toMatchObject({ id: 'decommission', start: null, end: null, onHold: true });
    expect(json.events.filter((e: { onHold?: boolean }) => e.onHold).every((e: { date: unknown }) => e.date === null)).toBe(true);
    const check = run(['gate-check', '--metrics', 'm.csv', '--at', '2027-01-20'], { cwd: dir });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('Decision: pause (exit 1): the rollout has been paused since 2027-01-18: waiting for the vendor');
    const emails = run(['render-emails', '--out', 'out', '--lang', 'en', '--at', '2027-01-20'], { cwd: dir });
    expect(emails.status).toBe(0);
    const names = emails.stdout.split('\n').filter(Boolean).map((f) => path.basename(f));
    expect(names.filter((n) => /^\d/.test(n)).every((n) => n < '2027-01-18' || n.startsWith('2027-01-18_rollout_pause'))).toBe(true);
    expect(names).toContain('2027-01-18_rollout_pause.en.md');
    expect(names).toContain('2027-01-11_core-team_reminder.en.md');
  });

  it('keep calendar entries: the same UID, a higher SEQUENCE', () => {
    const dir = tempDir();
    const text = readFileSync(example('enterprise.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'a.yaml'), text);
    writeFileSync(path.join(dir, 'b.yaml'), `${text}\npauses:\n  - { from: 2027-03-15, until: 2027-03-29, reason: Georgetown is below 60% }\n`);
    const entry = (file: string) => {
      const ics = run(['schedule', '--plan', file, '--format', 'ics'], { cwd: dir }).stdout.replace(/\r?\n /g, '');
      return ics.split('BEGIN:VEVENT').find((v) => v.includes('UID:launch-port-of-spain-launch'))!;
    };
    const [a, b] = [entry('a.yaml'), entry('b.yaml')];
    expect(a.match(/UID:.*/)![0]).toBe(b.match(/UID:.*/)![0]);
    expect([a.match(/SEQUENCE:\d+/)![0], b.match(/SEQUENCE:\d+/)![0]]).toEqual(['SEQUENCE:0', 'SEQUENCE:2']);
    // Moved past the pause and off Port of Spain's own holiday on the 30th.
    expect([a.match(/DTSTART.*/)![0], b.match(/DTSTART.*/)![0]]).toEqual(['DTSTART;VALUE=DATE:20270315', 'DTSTART;VALUE=DATE:20270331']);
  });

  it.each([
    ['overlaps another', [{ from: '2027-01-18', until: '2027-01-25', reason: 'a' }, { from: '2027-01-20', until: '2027-01-27', reason: 'b' }], 'pauses[1].from', 'this pause overlaps the pause 2027-01-18 until 2027-01-25'],
    ['ends before it starts', [{ from: '2027-01-18', until: '2027-01-11', reason: 'a' }], 'pauses[0].until', 'the pause resumes on 2027-01-11, not after it starts on 2027-01-18'],
    ['names an unknown phase', [{ from: '2027-01-18', reason: 'a', phase: 'core' }], 'pauses[0].phase', 'no phase with id "core"'],
    ['is decided after it starts', [{ from: '2027-01-18', reason: 'a', decided: '2027-01-20' }], 'pauses[0].decided', 'the pause is decided on 2027-01-20, after it starts on 2027-01-18'],
  ])('refuse a pause that %s, at its line', (_, pauses, at, message) => {
    const errors = load(minimalPlan({ pauses })).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ path: at, message, line: expect.any(Number), column: expect.any(Number) })]);
  });

  it('refuse a bad pause on the command line: one line with file:line, exit 2', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), `version: 1\ntool: { name: T }\norganization: { name: A, headcount: 40 }\nstart: 2027-01-04\npauses:\n  - { from: 2027-01-18, until: 2027-01-11, reason: a }\n`);
    const r = run(['schedule'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n').filter((l) => l.includes('2027-01-11'))).toEqual([expect.stringMatching(/^rollout\.yaml:6:\d+: error.*resumes on 2027-01-11, not after it starts on 2027-01-18/)]);
  });
});
