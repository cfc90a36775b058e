import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { OPEN, PLAN } from '../pilot-go-no-go.js';
import { teamsExport, tjonPartners } from '../tjon-partners.js';

/**
 * rotterdam-success (80% within 4 weeks of 22 March: due Monday 19 April) fails on its day, 3 of 5
 * active; that day Rotterdam is paused from Tuesday 20 April to Tuesday 4 May.
 */
function pausedAfterFail(): string {
  const dir = tjonPartners();
  teamsExport(dir, '20270315', '2027-03-14', 4, 0);
  teamsExport(dir, '20270329', '2027-03-28', 5, 3);
  teamsExport(dir, '20270419', '2027-04-18', 5, 3);
  appendFileSync(
    path.join(dir, 'rollout.yaml'),
    'pauses:\n  - { from: 2027-04-20, until: 2027-05-04, decided: 2027-04-19, reason: { nl: extra begeleiding in Rotterdam, en: extra coaching in Rotterdam }, phase: rotterdam, only: { location: Rotterdam } }\n',
  );
  return dir;
}

describe('a gate that failed on its due day, the day before a pause of its location', () => {
  it('stays failed in gate-check during the pause and after it, in text and JSON', () => {
    const dir = pausedAfterFail();
    const failed = 'rotterdam-success (niet gehaald): de laatste waarde van 2 rijen actief gebruik van 2027-03-22 tot en met 2027-04-19 is 60 op 2027-04-18 (3 van 5 personen; 4 van 5 nodig), niet >= 80\n';
    for (const at of ['2027-04-19', '2027-04-26', '2027-05-10']) {
      const text = run(['gate-check', '--at', at], { cwd: dir });
      expect(text.stdout, at).toContain(failed);
      const json = run(['gate-check', '--at', at, '--format', 'json'], { cwd: dir });
      const gate = (JSON.parse(json.stdout) as { gates: Record<string, unknown>[] }).gates.find((g) => g.id === 'rotterdam-success')!;
      expect(gate, at).toMatchObject({ status: 'fail', due: '2027-04-19', observed: 60 });
      expect(gate, at).not.toHaveProperty('onHold');
    }
  });

  it('is shown failed in the report of a Monday in the pause, not as on hold', () => {
    const dir = pausedAfterFail();
    const out = path.join(dir, 'report.html');
    const report = run(['report', '--at', '2027-05-03', '--output', out], { cwd: dir });
    expect(report.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    const row = /<tr>(?:(?!<\/tr>).)*<strong>rotterdam-success<\/strong>(?:(?!<\/tr>).)*<\/tr>/s.exec(html)![0];
    expect(row).toContain('<span class="pill st-fail">niet gehaald</span>');
    expect(row).not.toContain('st-held');
  });
});

describe('a go/no-go that failed on its due day, the Friday before the pause of the launch it guards', () => {
  it('stays failed in gate-check, the report and the schedule while the pause is open', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), PLAN + OPEN);
    writeFileSync(path.join(dir, 'usage.csv'), 'date,metric,value,phase\n2027-03-10,active_use_pct,33.3,pilot\n');
    const check = run(['gate-check', '--metrics', 'usage.csv', '--at', '2027-03-16', '--format', 'json'], { cwd: dir });
    const gate = (JSON.parse(check.stdout) as { gates: Record<string, unknown>[] }).gates[0]!;
    expect([check.status, gate.status, gate.due, gate.onHold]).toEqual([1, 'fail', '2027-03-12', undefined]);
    expect(run(['report', '--metrics', 'usage.csv', '--at', '2027-03-16', '-o', 'r.html'], { cwd: dir }).status).toBe(0);
    const row = /<tr>(?:(?!<\/tr>).)*<strong>pilot-go-no-go<\/strong>(?:(?!<\/tr>).)*<\/tr>/s.exec(readFileSync(path.join(dir, 'r.html'), 'utf8'))![0];
    expect(row).toContain('st-fail');
    const schedule = run(['schedule', '--lang', 'en'], { cwd: dir }).stdout;
    expect(schedule).toMatch(/│ 2027-03-12 │[^\n]*│ Gate pilot-go-no-go/);
    expect(schedule).not.toContain('Gate pilot-go-no-go (IT pilot): active use at least 60%, before the launch for Kantoor (planned');
  });
});
