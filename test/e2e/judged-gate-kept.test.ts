import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { branchPlan } from '../rollback/judged-branch.js';

describe('schedule and diff after a rollback of one part that its judged gate caused', () => {
  it('keep the gate of the Friday before in the calendar and out of what the rollback withdrew', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'before.yaml'), stringify(branchPlan()));
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(branchPlan({ on: '2027-03-01', reason: 'too few use it', only: { location: 'Nieuw Nickerie' } })));
    const json = run(['schedule', '--format', 'json'], { cwd: dir });
    expect(json.status, json.stderr).toBe(0);
    const schedule = JSON.parse(json.stdout) as { events: { key: string; date: string }[]; rollbacks: { withdrawn: { events: { key: string }[] } }[] };
    expect(schedule.events.find((e) => e.key === 'branch-active')?.date).toBe('2027-02-26');
    expect(schedule.rollbacks[0]!.withdrawn.events.map((e) => e.key)).not.toContain('branch-active');
    const ics = run(['schedule', '--format', 'ics'], { cwd: dir }).stdout;
    const entry = ics.split('BEGIN:VEVENT').find((e) => e.includes('branch-active'));
    expect(entry).toMatch(/DTSTART;VALUE=DATE:20270226/);
    expect(entry).not.toMatch(/STATUS:CANCELLED/);
    for (const lang of ['en', 'nl']) {
      const diff = run(['diff', 'before.yaml', 'rollout.yaml', '--lang', lang], { cwd: dir });
      expect(diff.status, diff.stderr).toBe(1);
      expect(diff.stdout).not.toContain('branch-active');
    }
  });

  it('keep the gate rolled back on its own day, as gate-check suggests, failed in gate-check and on its day in schedule, calendar and diff', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'before.yaml'), stringify(branchPlan()));
    writeFileSync(path.join(dir, 'usage.csv'), 'date,metric,value,location\n2027-02-22,active_use_pct,30,Nieuw Nickerie\n2027-02-26,active_use_pct,35,Nieuw Nickerie\n');
    // Friday 26 February, the gate's due day: 35 < 60, and gate-check says to roll the branch back that day.
    const told = run(['gate-check', '--plan', 'before.yaml', '--metrics', 'usage.csv', '--at', '2027-02-26'], { cwd: dir });
    expect(told.stdout).toContain('rollback: { on: 2027-02-26,');
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(branchPlan({ on: '2027-02-26', reason: 'too few use it', only: { location: 'Nieuw Nickerie' } })));
    const check = run(['gate-check', '--metrics', 'usage.csv', '--at', '2027-03-08'], { cwd: dir }).stdout;
    expect(check).toMatch(/branch-active \(fail\): .* is 35 on 2027-02-26, not >= 60; then Nieuw Nickerie rolled back on 2027-02-26/);
    const schedule = JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout) as { events: { key: string; date: string }[]; rollbacks: { withdrawn: { events: { key: string }[] } }[] };
    expect(schedule.events.find((e) => e.key === 'branch-active')?.date).toBe('2027-02-26');
    expect(schedule.rollbacks[0]!.withdrawn.events.map((e) => e.key)).not.toContain('branch-active');
    const entry = run(['schedule', '--format', 'ics'], { cwd: dir }).stdout.split('BEGIN:VEVENT').find((e) => e.includes('branch-active'));
    expect(entry).toMatch(/DTSTART;VALUE=DATE:20270226/);
    expect(entry).not.toMatch(/STATUS:CANCELLED/);
    for (const lang of ['en', 'nl']) expect(run(['diff', 'before.yaml', 'rollout.yaml', '--lang', lang], { cwd: dir }).stdout).not.toContain('branch-active');
    // What the rollback withdrew that day is the branch's office hours alone, not the gate as well.
    expect(run(['schedule', '--lang', 'nl'], { cwd: dir }).stdout).toContain('Vervallen door het terugdraaien in Nieuw Nickerie:\n  1 onderdeel gepland vanaf 2027-02-26;');
  });
});
