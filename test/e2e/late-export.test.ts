import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { teamsExport, tjonPartners } from '../tjon-partners.js';

/** Only the weekly report of Sunday 14 March was downloaded (4 of 5 in Paramaribo: 80%); those of 22 and 29 March were not. */
function lateExport(): string {
  const dir = tjonPartners();
  teamsExport(dir, '20270315', '2027-03-14', 4, 0);
  return dir;
}

describe('gate-check on the Monday paramaribo-success falls due, with the newest export three weeks old', () => {
  it('warns on stderr with the source, the day, its age and what to do, and leaves the gate undecided, in Dutch', () => {
    const check = run(['gate-check', '--at', '2027-04-05'], { cwd: lateExport() });
    expect(check.status).toBe(0);
    expect(check.stderr).toBe(
      'rollout: waarschuwing: de nieuwste export van actief gebruik (sources[0]: exports/TeamsUserActivityUserDetail*.csv) is van 2027-03-14, 22 dagen voor 2027-04-05, en het plan verwacht er elke week een: exporteer het rapport van deze week naar exports/ en controleer opnieuw; tot dan wordt er geen uitkomst op gegeven die een latere export nog kan veranderen\n',
    );
    expect(check.stdout).toContain(
      '  paramaribo-success (onbeslist): verouderd: de nieuwste rij is van 2027-03-14, 22 dagen voor 2027-04-05, en er is geen latere export tot en met die dag gelezen (de laatste waarde van 1 rij actief gebruik van 2027-03-08 tot en met 2027-04-05 is 80 op 2027-03-14 (4 van 5 personen; 4 van 5 nodig), >= 80)\n',
    );
    expect(check.stdout).toContain('Alleen ter informatie, beslist niets: paramaribo-success onbeslist\n');
  });

  it('says the same in English, and JSON carries it as fields', () => {
    const dir = lateExport();
    const text = run(['gate-check', '--at', '2027-04-05', '--lang', 'en'], { cwd: dir });
    expect(text.stderr).toBe(
      "rollout: warning: the newest export of active use (sources[0]: exports/TeamsUserActivityUserDetail*.csv) is of 2027-03-14, 22 days before 2027-04-05, and the plan expects one every week: export this week's report into exports/ and check again; until then no verdict that a later export could change is given on it\n",
    );
    expect(text.stdout).toContain('paramaribo-success (inconclusive): out of date: the newest row is of 2027-03-14, 22 days before 2027-04-05, and no export after it up to that day was read (last of 1 row of active use');
    const json = JSON.parse(run(['gate-check', '--at', '2027-04-05', '--format', 'json'], { cwd: dir }).stdout) as Record<string, unknown> & { gates: Record<string, unknown>[] };
    expect(json.outOfDate).toEqual([{ metric: 'active_use_pct', source: 'sources[0]', file: 'exports/TeamsUserActivityUserDetail*.csv', into: 'exports/', newest: '2027-03-14', age: 22, every: 7 }]);
    expect(json.gates.find((g) => g.id === 'paramaribo-success')).toMatchObject({ status: 'inconclusive', stale: { newest: '2027-03-14', age: 22, until: '2027-04-05' }, reason: expect.stringMatching(/^out of date: the newest row is of 2027-03-14, 22 days before 2027-04-05/) });
  });

  it("puts it at the top of the report's banner, and the gates table says undecided", () => {
    const dir = lateExport();
    const out = path.join(dir, 'report.html');
    const report = run(['report', '--at', '2027-04-05', '--output', out, '--lang', 'en'], { cwd: dir });
    expect([report.status, report.stderr]).toEqual([0, expect.stringContaining('rollout: warning: the newest export of active use (sources[0]')]);
    const html = readFileSync(out, 'utf8');
    const banner = /<div class="banner[^"]*"[^>]*>.*?<\/div>/s.exec(html)![0];
    expect(banner).toContain('<span class="banner-note">The newest export of active use (sources[0]: exports/TeamsUserActivityUserDetail*.csv) is of 14 Mar, 22 days before 5 Apr');
    const row = /<tr>(?:(?!<\/tr>).)*<strong>paramaribo-success<\/strong>(?:(?!<\/tr>).)*<\/tr>/s.exec(html)![0];
    expect(row).toContain('st-inconclusive');
  });

  it('is quiet again once this week\'s report is in, and judges on it', () => {
    const dir = lateExport();
    teamsExport(dir, '20270405', '2027-04-04', 5, 2);
    const check = run(['gate-check', '--at', '2027-04-05', '--lang', 'en'], { cwd: dir });
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('paramaribo-success (pass): last of 2 rows of active use from 2027-03-08 to 2027-04-05 is 100 on 2027-04-04 (5 of 5 people; 4 of 5 needed), >= 80\n');
  });
});
