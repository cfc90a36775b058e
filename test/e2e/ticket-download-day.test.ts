import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

type Gate = { id: string; status: string; observed: number | null; samples: number };

/**
 * A 30-person firm whose TOPdesk export (every ticket since 1 March, last one Thursday 25 March,
 * none at all on Friday 26 March) is saved under `name` on the due Monday, 29 March, of a gate
 * "tickets do not rise" over the first four weeks.
 */
function firm(name: string, dateFormat = 'dd-mm-yyyy'): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'exports'));
  copyFileSync(path.join(ROOT, 'test/fixtures/topdesk/meldingen.csv'), path.join(dir, 'exports', name));
  const plan = [
    'version: 1',
    'tool: { name: Microsoft Teams }',
    'organization: { name: VDP Accountants, headcount: 30, languages: [nl, en] }',
    'start: 2027-03-01',
    'preset: small',
    'sources:',
    '  - file: "exports/*meldingen*.csv"',
    '    kind: events',
    '    date: Aanmelddatum',
    `    dateFormat: ${dateFormat}`,
    '    where: { Subcategorie: Microsoft Teams }',
    '    metric: support_tickets',
    'gates:',
    '  - { id: tickets, phase: first-half, metric: support_tickets, aggregate: slope, op: "<=", threshold: 0, within: 4w }',
  ];
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan.join('\n')}\n`);
  return dir;
}

function ticketsGate(dir: string): Gate {
  const r = run(['gate-check', '--at', '2027-03-29', '--format', 'json'], { cwd: dir });
  return (JSON.parse(r.stdout) as { gates: Gate[] }).gates.find((g) => g.id === 'tickets')!;
}

describe('a ticket export downloaded on the due day, through the built binary', () => {
  it('counts the Friday without a ticket as 0 when its name has the download day: tickets fall, in gate-check, metrics and the report', () => {
    const dir = firm('topdesk-meldingen-2027-03-29.csv');
    // 19 working days, 2 to 26 March, with 1,1,0,1 | 0,1,0,0,0 | 2,1,1,0,1 | 0,1,0,1,0 tickets: slope -0.0061 a day.
    expect(ticketsGate(dir)).toMatchObject({ status: 'pass', observed: -0.0061, samples: 19 });
    const metrics = run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: dir });
    expect(metrics.stdout.split('\n').filter((l) => l.startsWith('2027-03-2')).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '2027-03-22,support_tickets,0',
      '2027-03-23,support_tickets,1',
      '2027-03-24,support_tickets,0',
      '2027-03-25,support_tickets,1',
      '2027-03-26,support_tickets,0',
    ]);
    expect(run(['report', '--at', '2027-03-29', '--lang', 'en', '-o', 'report.html'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toMatch(/-0\.006\/d · ≤ 0<\/span> <span class="pill st-pass">pass</);
  });

  it('without a date in its name covers up to its last ticket: 18 days, 2 to 25 March, and no Friday read as 0', () => {
    expect(ticketsGate(firm('topdesk-meldingen.csv'))).toMatchObject({ observed: 0.0005, samples: 18 });
  });

  it('saved as "meldingen 29-03-2027.csv", day-first as the dates in it, gives the decision of the name with the ISO date', () => {
    const iso = ticketsGate(firm('topdesk-meldingen-2027-03-29.csv'));
    expect(iso).toMatchObject({ status: 'pass', samples: 19 });
    expect(ticketsGate(firm('meldingen 29-03-2027.csv'))).toEqual(iso);
    // Without a dateFormat too: 29 is no month.
    expect(ticketsGate(firm('meldingen 29-03-2027.csv', 'auto'))).toEqual(iso);
  });

  it('stops with exit 2 on a name whose date reads both ways without a dateFormat, naming the file and both fixes', () => {
    const r = run(['gate-check', '--at', '2027-04-05', '--format', 'json'], { cwd: firm('meldingen 03-04-2027.csv', 'auto') });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /exports\/meldingen 03-04-2027\.csv: the date "03-04-2027" in its name, the day the export was downloaded, up to which it covers the days, reads both day-first \(3 April\) and month-first \(4 March\): rename the file with the date year-first \(2027-04-03 or 2027-03-04\), or, when the export's own dates are written day-first or month-first too, say which with sources\[0\]\.dateFormat: dd-mm-yyyy or sources\[0\]\.dateFormat: mm-dd-yyyy at rollout\.yaml:\d+:\d+$/,
      ),
    ]);
  });
});
