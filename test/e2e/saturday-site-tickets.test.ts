import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { NOT_RISING, sabajoOffice, WEEKDAYS_AND_ONE_SATURDAY } from '../moengo-helpdesk.js';

type Gate = { id: string; status: string; observed: number | null; samples: number };

describe('a helpdesk log of a firm with a Monday-Saturday site, through the built binary', () => {
  it('counts an empty Saturday the site works as 0 in metrics, gate-check and the report, so one Saturday ticket reads as rising', () => {
    const dir = sabajoOffice(NOT_RISING, WEEKDAYS_AND_ONE_SATURDAY);
    const metrics = run(['metrics', '--at', '2027-02-22', '--format', 'csv'], { cwd: dir });
    expect(metrics.status).toBe(0);
    const days = metrics.stdout.split('\n').flatMap((l) => (l.includes(',support_tickets,') ? [l.split(',').slice(0, 3).join(',').replace(',support_tickets', '')] : []));
    expect(days.filter((d) => d.startsWith('2027-02-1') || d.startsWith('2027-02-2'))).toEqual([
      '2027-02-10,1', '2027-02-11,1', '2027-02-12,1', '2027-02-13,0', '2027-02-15,1', '2027-02-16,1', '2027-02-17,1', '2027-02-18,1', '2027-02-19,1', '2027-02-20,1', '2027-02-22,1',
    ]);
    expect(days).toContain('2027-02-06,0');
    expect(days).toHaveLength(19);

    const check = run(['gate-check', '--at', '2027-02-22', '--format', 'json'], { cwd: dir });
    // By hand over the 19 working days (Sundays left out), 1 a weekday and 0, 0, 1 on the Saturdays: 61/14550 = 0.0042 per day.
    expect((JSON.parse(check.stdout) as { gates: Gate[] }).gates.find((g) => g.id === 'tickets-not-rising')).toMatchObject({ status: 'fail', observed: 0.0042, samples: 19 });
    const text = run(['gate-check', '--at', '2027-02-22', '--lang', 'en'], { cwd: dir }).stdout;
    expect(text).toContain('tickets-not-rising (fail): slope of 19 rows of support tickets from 2027-02-01 to 2027-02-22 is 0.004 per day, so rising');

    expect(run(['report', '--at', '2027-02-22', '--lang', 'en', '-o', 'report.html'], { cwd: dir }).status).toBe(0);
    const report = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(report).toMatch(/0\.004\/d · ≤ 0<\/span> <span class="pill st-fail">fail</);
    // The reporter's name in the log reaches no output.
    expect([metrics.stdout, check.stdout, text, report].join('\n')).not.toMatch(/Sharmila|Karsowidjojo/);
  });
});
