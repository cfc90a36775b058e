import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/** A 25-person firm in two towns with Suriname's holidays, paused 29 March (Easter Monday) to 12 April 2027. */
const PAUSED = path.join(ROOT, 'test', 'fixtures', 'pauses', 'paused.yaml');

const csvRows = (text: string) => text.trim().split('\r\n').slice(1).map((l) => l.split(','));
const icsEvents = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

/** gate-check on a day with no measurements: every gate's due day and status. */
function gateCheck(plan: string, at: string): { id: string; due: string; status: string; window: { from: string; to: string } }[] {
  const metrics = path.join(tempDir(), 'metrics.csv');
  writeFileSync(metrics, 'date,metric,value\n');
  const r = run(['gate-check', '--plan', plan, '--metrics', metrics, '--at', at, '--format', 'json']);
  return JSON.parse(r.stdout).gates;
}

describe('a pause moves every gate to the same day in schedule, calendar and gate-check', () => {
  it('gates first due on Easter Monday are due on the Monday the pause ends, in all three', () => {
    const schedule = Object.fromEntries(csvRows(run(['schedule', '--plan', PAUSED, '--format', 'csv']).stdout).filter((r) => r[2] === 'gate').map((r) => [r[3], r[0]]));
    const checked = gateCheck(PAUSED, '2027-04-12');
    expect(Object.fromEntries(checked.map((g) => [g.id, g.due]))).toEqual(schedule);
    const calendar = icsEvents(run(['schedule', '--plan', PAUSED, '--format', 'ics']).stdout)
      .filter((v) => String(v.getFirstPropertyValue('uid')).startsWith('gate-'))
      .map((v) => String(v.getFirstPropertyValue('dtstart')));
    expect(calendar.sort()).toEqual(Object.values(schedule).sort());
    // Due on the day gate-check is run: judged, not pending; the window ends that day.
    const pilot = checked.find((g) => g.id === 'pilot-success')!;
    expect([pilot.due, pilot.window.to, pilot.status === 'pending']).toEqual(['2027-04-12', '2027-04-12', false]);
  });
});
