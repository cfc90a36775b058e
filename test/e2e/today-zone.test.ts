import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { example, minimalPlan, ROOT, run, tempDir } from '../helpers.js';

const CLOCK = path.join(ROOT, 'test', 'fixtures', 'clock', 'fixed-now.cjs');
/** Monday 15 March 2027 01:30 UTC: still Sunday evening (22:30) in Paramaribo. */
const MONDAY_0130_UTC = '2027-03-15T01:30:00Z';
/** Sunday 14 March 2027 16:00 UTC: already Monday (01:00) in Tokyo, Sunday afternoon in Paramaribo. */
const SUNDAY_1600_UTC = '2027-03-14T16:00:00Z';

/** The CLI run at a moment on a machine whose clock is in `machineZone`, as a CI runner (UTC) or a laptop. */
function runAt(moment: string, machineZone: string, args: string[], cwd: string) {
  return run(args, { cwd, env: { TZ: machineZone, FIXED_NOW: moment, NODE_OPTIONS: `--require ${CLOCK}` } });
}

/** The enterprise example (calendar.timezone America/Paramaribo) and its metrics, with the plan's zone replaced when given. */
function enterprise(zone?: string): string {
  const dir = tempDir();
  const plan = readFileSync(example('enterprise.yaml'), 'utf8');
  writeFileSync(path.join(dir, 'rollout.yaml'), zone === undefined ? plan : plan.replace(/^ {2}timezone: America\/Paramaribo$/m, `  timezone: ${zone}`));
  copyFileSync(path.join(ROOT, 'examples', 'metrics', 'enterprise.csv'), path.join(dir, 'usage.csv'));
  return dir;
}

const asOf = (r: { stdout: string; stderr: string; status: number | null }) => {
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as { asOf: string }).asOf;
};

describe('today, when no --at is given, is the date where the plan is', () => {
  const check = ['gate-check', '--metrics', 'usage.csv', '--format', 'json'];

  it('judges Sunday in Paramaribo on a UTC runner at 01:30 on Monday, as a machine in Paramaribo or Tokyo does', () => {
    const dir = enterprise();
    for (const machine of ['UTC', 'America/Paramaribo', 'Asia/Tokyo']) expect(asOf(runAt(MONDAY_0130_UTC, machine, check, dir))).toBe('2027-03-14');
    // The same moment told with --at is that day whatever the clock says.
    expect(asOf(runAt(MONDAY_0130_UTC, 'UTC', [...check, '--at', '2027-03-15'], dir))).toBe('2027-03-15');
  });

  it('judges Monday for a plan in Tokyo (calendar.timezone) at 16:00 UTC on Sunday, on a machine in Paramaribo', () => {
    const dir = enterprise('Asia/Tokyo');
    for (const machine of ['UTC', 'America/Paramaribo']) expect(asOf(runAt(SUNDAY_1600_UTC, machine, check, dir))).toBe('2027-03-15');
  });

  it('draws the report\'s today line on the plan\'s date', () => {
    const dir = enterprise();
    const r = runAt(MONDAY_0130_UTC, 'UTC', ['report', '--metrics', 'usage.csv', '--lang', 'en', '--output', '-'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('class="today-label">today 14 Mar<');
  });

  it('is the machine\'s date for a plan that names no time zone', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), stringify(minimalPlan()));
    const today = (machine: string) => runAt(SUNDAY_1600_UTC, machine, ['report', '--lang', 'en', '--output', '-'], dir).stdout.match(/class="today-label">([^<]*)</)?.[1];
    expect(today('Asia/Tokyo')).toBe('today 15 Mar');
    expect(today('America/Paramaribo')).toBe('today 14 Mar');
  });
});
