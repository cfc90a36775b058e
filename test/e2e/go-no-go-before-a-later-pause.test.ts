import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caribbeanFreight, hurricane } from '../caribbean-freight.js';
import { run } from '../helpers.js';

// Georgetown's go/no-go passed on Friday 5 March (9 of 14 active, 64.3%) before Miami's launch of the 8th;
// the hurricane pause of Miami from that Monday until the 15th, written in on the 8th, moves the launch
// to the 15th and the go/no-go to Friday the 12th, whose report reads 6 of 14 (42.9%).
describe('a go/no-go whose launch a pause written in after its day moves', () => {
  const dir = caribbeanFreight(hurricane(), 3);
  const gateOf = (at: string) => {
    const check = run(['gate-check', '--at', at, '--format', 'json'], { cwd: dir });
    const { gates } = JSON.parse(check.stdout) as { gates: { id: string; status: string; due: string; window: { to: string } }[] };
    const g = gates.find((x) => x.id === 'georgetown-go-no-go')!;
    return [check.status, g.status, g.due, g.window.to];
  };

  it('is judged on the Friday before the moved launch, on that Friday’s report, as on the launch morning', () => {
    expect(gateOf('2027-03-10')).toEqual([1, 'pending', '2027-03-12', '2027-03-10']);
    expect(gateOf('2027-03-12')).toEqual([1, 'fail', '2027-03-12', '2027-03-12']);
    expect(gateOf('2027-03-15')).toEqual([1, 'fail', '2027-03-12', '2027-03-12']);
    const friday = run(['gate-check', '--at', '2027-03-12', '--lang', 'en'], { cwd: dir }).stdout;
    expect(friday).toContain('launch of Miami agents on 2027-03-15 waits: georgetown-go-no-go failed (major → pause)');
    expect(friday).toContain('georgetown-go-no-go (fail): last of 3 rows of active use from 2027-02-22 to 2027-03-12 is 42.9 on 2027-03-12, not >= 60');
    expect(run(['gate-check', '--at', '2027-03-12', '--lang', 'nl'], { cwd: dir }).status).toBe(1);
  });

  it('is on that Friday in the schedule, its calendar and the report, as gate-check judges it', () => {
    const events = (JSON.parse(run(['schedule', '--format', 'json'], { cwd: dir }).stdout) as { events: { type: string; date: string }[] }).events;
    expect(events.filter((e) => e.type === 'gate').map((e) => e.date)).toEqual(['2027-03-12']);
    const ics = run(['schedule', '--format', 'ics'], { cwd: dir }).stdout;
    expect(/DTSTART;VALUE=DATE:(\d+)\r?\n(?:[^\n]*\n){0,3}SUMMARY:[^\n]*georgetown-go-no-go/.exec(ics)?.[1]).toBe('20270312');
    expect(run(['report', '--at', '2027-03-12', '--lang', 'en', '-o', 'r.html'], { cwd: dir }).status).toBe(0);
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    expect(html).toContain('Gate georgetown-go-no-go: 12 Mar, fail');
    expect(html).toContain('due 12 Mar');
    expect(html).not.toContain('due 5 Mar');
  });
});
