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
});
