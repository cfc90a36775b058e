import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { corentyne, PERSONAL } from '../rollback/corentyne.js';

/*
 * Corentyne Freight (see corentyne.ts), with Georgetown rolled back on Wednesday 3 March 2027, two
 * days before its go/no-go (Friday 5 March, the day before Paramaribo operations launches on
 * Monday 8 March, which it does). The second try, decided Tuesday 30 March, starts Monday 12 April.
 */
function plan(until: string): string {
  const file = corentyne(tempDir(), { resume: true, until });
  writeFileSync(file, readFileSync(file, 'utf8').replace('on: 2027-03-15', 'on: 2027-03-03').replace('only: { location: Georgetown }', 'only: { phase: georgetown }'));
  return file;
}

describe('a go/no-go withdrawn with its part before the launch it guards, end to end', () => {
  it('schedule (JSON, table, calendar), report, what-if and gate-check agree: withdrawn on 3 March, not dated again', () => {
    const file = plan('2027-03-31');
    const json = JSON.parse(run(['schedule', '--plan', file, '--format', 'json']).stdout) as { events: { type: string; key: string; date: string }[]; phases: { id: string; start: string }[] };
    // It was dated Tuesday 30 March (the second try's decision day), after the launch of Monday 8 March.
    expect(json.events.filter((e) => e.key === 'georgetown-go-no-go')).toEqual([]);
    expect(json.phases.find((p) => p.id === 'paramaribo')!.start).toBe('2027-03-08');
    // The switch-off's gate waits for the second try (12-23 April): Friday 23 April.
    expect(json.events.filter((e) => e.key === 'paramaribo-active').map((e) => e.date)).toEqual(['2027-04-23']);
    const table = run(['schedule', '--plan', file, '--lang', 'en']);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toContain('georgetown-go-no-go');
    expect(table.stdout).toContain('Gate pilot-go-no-go (IT pilot): active use at least 60%, before the launch for Georgetown');
    // The calendar cancels the entry it had on Friday 5 March, and dates none again.
    const ics = run(['schedule', '--plan', file, '--format', 'ics']).stdout.replaceAll('\r\n ', '').split('BEGIN:VEVENT').filter((v) => v.includes('georgetown-go-no-go'));
    expect(ics.map((v) => [/DTSTART;VALUE=DATE:(\d+)/.exec(v)![1], /STATUS:(\w+)/.exec(v)?.[1]])).toEqual([['20270305', 'CANCELLED']]);
    // gate-check on the same plan: the go/no-go was withdrawn by the rollback, not judged for the second try.
    const check = run(['gate-check', '--plan', file, '--at', '2027-03-31', '--lang', 'en']);
    expect(check.stdout).toContain('georgetown-go-no-go (withdrawn): Georgetown rolled back on 2027-03-03\n');
    expect(check.stdout).not.toContain('georgetown-go-no-go.second-try');
    // The report: no timeline marker on 30 March; its gate table keeps the first try's due day, 5 March.
    const report = run(['report', '--plan', file, '--at', '2027-03-31', '--lang', 'en', '-o', '-']).stdout;
    expect(report).not.toContain('<title>Gate georgetown-go-no-go:');
    expect(report).toMatch(/<strong>georgetown-go-no-go<\/strong>.*?<td>5 Mar<\/td><td><span class="pill st-withdrawn">withdrawn<\/span> <span class="muted">Georgetown rolled back 3 Mar<\/span>/);
    // what-if, before the rollback was written in: the go/no-go of 5 March goes with Georgetown.
    const before = corentyne(tempDir(), { resume: false, until: '2027-03-02', withoutRollback: true });
    const whatIf = run(['what-if', '--rollback', '--at', '2027-03-03', '--only-phase', 'georgetown', '--plan', before, '--lang', 'en']).stdout;
    expect(whatIf).toMatch(/2027-03-05 → \(gone\) +Gate georgetown +Gate georgetown-go-no-go .*\(Georgetown rolled back on 2027-03-03: what if\)/);
    for (const out of [table.stdout, check.stdout, report, whatIf]) for (const id of PERSONAL) expect(out).not.toContain(id);
  });
});
