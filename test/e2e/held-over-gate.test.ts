import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { resortPlan } from '../resort-gate.js';

describe('a success gate after a pause moved its held-over launch back onto a Monday, through the built binary', () => {
  it('is due 4 weeks after the launch in the schedule, its calendar and gate-check', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), resortPlan(['{ from: 2027-03-22, until: 2027-03-29, reason: the resort is fully booked, only: { phase: resort } }']));
    const schedule = run(['schedule', '--format', 'json'], { cwd: dir });
    const events = (JSON.parse(schedule.stdout) as { events: { date: string; type: string; key: string; phase?: string }[] }).events.filter((e) => e.phase === 'resort');
    expect(events.find((e) => e.type === 'launch')?.date).toBe('2027-04-05');
    expect(events.find((e) => e.key === 'resort-success')?.date).toBe('2027-05-03');
    const ics = run(['schedule', '--format', 'ics'], { cwd: dir });
    const entry = ics.stdout.split('BEGIN:VEVENT').find((e) => e.includes('UID:gate-resort-resort-success'));
    expect(entry).toContain('DTSTART;VALUE=DATE:20270503');
    writeFileSync(path.join(dir, 'usage.csv'), 'date,metric,value,phase\n2027-04-05,active_use_pct,50,resort\n');
    const check = run(['gate-check', '--metrics', 'usage.csv', '--at', '2027-04-05', '--lang', 'en'], { cwd: dir });
    expect(check.stdout).toContain('resort-success (pending): due 2027-05-03');
  });
});
