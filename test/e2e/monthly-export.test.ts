import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { tjonPartners, TJON_PLAN } from '../tjon-partners.js';

/**
 * The firm on Zoom: the Active Hosts report by users, exported once a month for the month before,
 * named by its last day. No go/no-go the day before a launch (a monthly report cannot feed one),
 * and Rotterdam's success gate reads eight weeks, into May.
 */
const ZOOM_PLAN = TJON_PLAN.replace(/ {2}- \{ id: paramaribo-go-no-go.*\n/, '').replace('phase: rotterdam, metric: active_use_pct, threshold: 80, within: 4w', 'phase: rotterdam, metric: active_use_pct, threshold: 80, within: 8w').replace(/sources:\n[\s\S]*$/, `sources:
  - file: "exports/zoom_active_hosts_*.csv"
    kind: activity
    asOf: filename
    person: Email
    lastActive: Last Login Time
    dateFormat: mm-dd-yyyy
    activeWithin: 31d
    every: 1mo
    metric: active_use_pct
`);

const HEADER = 'User Name,Email,Department,User Type,Meetings,Participants,Meeting Minutes,Last Client Version,Last Login Time,Create Time';

/** March's report: 5 of 5 in Paramaribo and 4 of 5 in Rotterdam signed in that month; the fifth in Rotterdam never did. */
function zoomFirm(text = ZOOM_PLAN): string {
  const dir = tjonPartners(text);
  const rows = (['p', 'r'] as const).flatMap((office) =>
    [1, 2, 3, 4, 5].map((i) => {
      const login = office === 'r' && i === 5 ? '' : `03/${String(20 + i).padStart(2, '0')}/2027 0${i}:15:42 PM`;
      return [`${office === 'p' ? 'Pbo' : 'Rtm'} Persoon ${i}`, `${office}${i}@boekhouding-sr.example`, office === 'p' ? 'Paramaribo' : 'Rotterdam', 'Licensed', String(i), String(3 * i), String(40 * i), '6.4.3.58133(win)', login, '01/11/2027 10:02:44 AM'].join(',');
    }),
  );
  writeFileSync(path.join(dir, 'exports/zoom_active_hosts_2027-03-31.csv'), `${[HEADER, ...rows].join('\n')}\n`);
  return dir;
}

describe('a monthly Zoom export with every: 1mo', () => {
  it('judges on March’s report through April, where a weekly export would be weeks behind', () => {
    const check = run(['gate-check', '--at', '2027-04-19', '--lang', 'en'], { cwd: zoomFirm() });
    expect([check.status, check.stderr]).toEqual([0, '']);
    expect(check.stdout).toContain('paramaribo-success (pass): last of 1 row of active use from 2027-03-08 to 2027-04-05 is 100 on 2027-03-31 (5 of 5 people; 4 of 5 needed), >= 80\n');
    expect(check.stdout).toContain('rotterdam-success (pending): due 2027-05-17; so far last of 1 row of active use from 2027-03-22 to 2027-04-19 is 80 on 2027-03-31 (4 of 5 people; 4 of 5 needed)\n');
    const weekly = run(['gate-check', '--at', '2027-04-19', '--lang', 'en'], { cwd: zoomFirm(ZOOM_PLAN.replace('    every: 1mo\n', '')) });
    expect(weekly.stderr).toContain('is of 2027-03-31, 19 days before 2027-04-19, and the plan expects one every week');
  });

  it('asks for this month’s report once a calendar month and 3 days have passed, in both languages and in JSON', () => {
    const dir = zoomFirm();
    expect(run(['gate-check', '--at', '2027-05-03', '--lang', 'en'], { cwd: dir }).stderr).toBe('');
    const late = run(['gate-check', '--at', '2027-05-04', '--lang', 'en'], { cwd: dir });
    expect(late.stderr).toBe(
      "rollout: warning: the newest export of active use (sources[0]: exports/zoom_active_hosts_*.csv) is of 2027-03-31, 34 days before 2027-05-04, and the plan expects one every month: export this month's report into exports/ and check again; until then no verdict that a later export could change is given on it\n",
    );
    expect(run(['gate-check', '--at', '2027-05-04'], { cwd: dir }).stderr).toContain('en het plan verwacht er elke maand een: exporteer het rapport van deze maand naar exports/');
    const json = JSON.parse(run(['gate-check', '--at', '2027-05-04', '--format', 'json'], { cwd: dir }).stdout) as { outOfDate: unknown };
    expect(json.outOfDate).toEqual([{ metric: 'active_use_pct', source: 'sources[0]', file: 'exports/zoom_active_hosts_*.csv', into: 'exports/', newest: '2027-03-31', age: 34, everyMonths: 1 }]);
  });

  it('reads 1 month and 1 maand alike, and names the accepted forms when it refuses one', () => {
    for (const every of ['1 month', '1 maand']) expect(run(['validate'], { cwd: zoomFirm(ZOOM_PLAN.replace('every: 1mo', `every: ${every}`)) }).status).toBe(0);
    const refused = run(['validate'], { cwd: zoomFirm(ZOOM_PLAN.replace('every: 1mo', 'every: 1 fortnight')) });
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('sources[0].every: expected a number with d (days), w (weeks) or mo (calendar months), such as 1d, 1w or 1mo (also written 1 month or 1 maand)');
  });
});
