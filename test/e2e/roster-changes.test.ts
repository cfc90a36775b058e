import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy, type PlanData } from '../sources/support.js';

const LEAVER = /^mireille\.kartodikromo@/;
const JOINERS = ['noah.pinas@kaiteur.example,Noah Pinas,IT pilot,Paramaribo', 'fleur.ho@kaiteur.example,Fleur Ho,IT pilot,Paramaribo'];

/** The example reading its Teams user activity reports alone. */
const onlyActivity = (dates: boolean) => (plan: PlanData) => {
  plan.sources = [plan.sources[0]!];
  plan.gates = plan.gates.filter((g) => g.metric === 'active_use_pct');
  if (dates) plan.people = { ...plan.people, columns: { ...(plan.people.columns as object), joined: 'In dienst', left: 'Uit dienst' } };
};

/**
 * Week 3 as it is on Monday 15 March: Mireille of the IT pilot left (her account deleted in that
 * week's report), two people joined the pilot group. The roster saved by Dutch Excel: a byte order
 * mark and day-first dates. Without `dates`, she is taken out and they are added, nothing more.
 */
function weekThree(dates: boolean): string {
  const dir = adoptionCopy(onlyActivity(dates));
  const roster = path.join(dir, 'adoption/people.csv');
  const [header, ...rows] = readFileSync(roster, 'utf8').trimEnd().split('\r\n');
  const lines = dates
    ? [`${header},In dienst,Uit dienst`, ...rows.map((row) => `${row},${LEAVER.test(row) ? ',15-03-2027' : ','}`), ...JOINERS.map((row) => `${row},15-03-2027,`)]
    : [header, ...rows.filter((row) => !LEAVER.test(row)), ...JOINERS];
  writeFileSync(roster, `\ufeff${lines.join('\r\n')}\r\n`);
  const exports = path.join(dir, 'adoption/exports');
  for (const file of readdirSync(exports).filter((f) => /^TeamsUserActivityUserDetail20270(31[5-9]|32)/.test(f))) {
    let text = readFileSync(path.join(exports, file), 'utf8').replace(/(mireille\.kartodikromo@kaiteur\.example,[^,]*,)False,,/, '$1True,2027-03-12,');
    // From the week after, the two who joined have accounts of their own, in use.
    const anjali = /^.*anjali\.ramdin@.*$/m.exec(text)![0];
    if (file.includes('202703') && !file.includes('20270315')) text = `${text.trimEnd()}\r\n${JOINERS.map((row) => anjali.replace(/anjali\.ramdin/, row.split('@')[0]!)).join('\r\n')}\r\n`;
    writeFileSync(path.join(exports, file), text);
  }
  return dir;
}

const gateCheck = (dir: string, at: string) => run(['gate-check', '--at', at, '--lang', 'en'], { cwd: dir });
const pilotGo = (stdout: string) => /^ {2}pilot-go .*$/m.exec(stdout)?.[0];
const orgShare = (dir: string, day: string) => new RegExp(`^${day},active_use_pct,[^,]*,,,,\\d+\\r?$`, 'm').exec(run(['metrics', '--at', '2027-03-15', '--format', 'csv'], { cwd: dir }).stdout)?.[0];

describe('a roster that changes during the rollout', () => {
  it('keeps the go/no-go decided on its due day when people join and leave the week after', () => {
    const friday = gateCheck(adoptionCopy(onlyActivity(false)), '2027-03-12');
    expect(pilotGo(friday.stdout)).toBe('  pilot-go (pass): last of 1 row of active in Teams in the last 7 days from 2027-03-01 to 2027-03-12 is 100 on 2027-03-08 (3 of 3 people; 2 of 3 needed), >= 60');

    const dated = weekThree(true);
    const monday = gateCheck(dated, '2027-03-15');
    expect(pilotGo(monday.stdout)).toBe('  pilot-go (pass): last of 1 row of active in Teams in the last 7 days from 2027-03-01 to 2027-03-12 is 100 on 2027-03-08 (3 of 3 people; 2 of 3 needed), >= 60');
    expect(monday.stdout).toMatch(/^Decision: continue \(exit 0\)/m);
    expect(monday.status).toBe(0);
    // Only the stranger and the Office colleague gone from the newest report the example's reports always have; nobody named.
    expect(monday.stderr).toBe(
      'rollout: sources[0]: 1 account in the export is not in the roster adoption/people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on User Principal Name (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)\n' +
        'rollout: sources[0]: 1 roster person (phase studio; group Office; location Paramaribo) with rows in earlier reports has none in the newest, adoption/exports/TeamsUserActivityUserDetail20270329.csv (the report of 2027-03-29), and counts as not active there; if they left, keep their roster row with the day they left (people.columns.left), which takes them out of the shares from that day on; if the export is incomplete, export it again\n',
    );
    // The whole organization's 8 March reads as it did then: 3 of 25 is not 3 of 26.
    expect(orgShare(dated, '2027-03-08')).toBe(orgShare(adoptionCopy(onlyActivity(false)), '2027-03-08'));
  });

  it('without the dates, fails that go/no-go afterwards and says to keep the leaver with the day she left', () => {
    const undated = weekThree(false);
    const monday = gateCheck(undated, '2027-03-15');
    // Noah and Fleur count as not active on 8 March, before they worked here; Mireille drops out.
    expect(pilotGo(monday.stdout)).toBe('  pilot-go (fail): last of 1 row of active in Teams in the last 7 days from 2027-03-01 to 2027-03-12 is 50 on 2027-03-08 (2 of 4 people; 3 of 4 needed), not >= 60');
    expect(monday.status).toBe(1);
    expect(monday.stderr).toContain(
      'rollout: sources[0]: 2 roster people (phase pilot; group IT pilot; location Paramaribo) have no row in the reports of 2027-03-08, 2027-03-15, after their phase started, but rows in later reports, and count as not active there; if they joined since, give them the day they joined (people.columns.joined)\n',
    );
    expect(monday.stderr).toContain('1 of them has both rows that sources[0].exclude leaves out (a deleted account) and rows it counts: someone who left and was taken out of the roster drops out of the shares of the days they worked here, so put their row back with the day they left (people.columns.left) rather than deleting it');
    expect(`${monday.stdout}${monday.stderr}`).not.toMatch(/mireille|noah|fleur/i);
  });

  it('with two people added to the pilot group and nobody gone, validate says to raise the headcount if they joined', () => {
    const dir = adoptionCopy(onlyActivity(false));
    const roster = path.join(dir, 'adoption/people.csv');
    writeFileSync(roster, `${readFileSync(roster, 'utf8')}${JOINERS.join('\r\n')}\r\n`);
    const r = run(['validate', '--strict'], { cwd: dir });
    const grown = r.stderr.split('\n').find((line) => line.includes('in group "IT pilot"'));
    expect([r.status, grown?.replace(/^.*? warning /, '')]).toEqual([1, expect.stringMatching(/ lists \d+ people in group "IT pilot" but organization\.groups\[0\]\.headcount is \d+ \(if 2 people left, give them the day they left \(people\.columns\.left\); if people joined, raise organization\.groups\[0\]\.headcount; /)]);
    expect(r.stderr).not.toMatch(/noah|fleur/i);
  });

  it('stops at a date in the roster that is no date, at its file, line and column', () => {
    const dir = weekThree(true);
    const roster = path.join(dir, 'adoption/people.csv');
    writeFileSync(roster, readFileSync(roster, 'utf8').replace('Fleur Ho,IT pilot,Paramaribo,15-03-2027', 'Fleur Ho,IT pilot,Paramaribo,15-13-2027'));
    const r = gateCheck(dir, '2027-03-15');
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('rollout: adoption/people.csv:28:5: In dienst: date "15-13-2027" is not a real date written DD-MM-YYYY; write the day as 2027-03-15, or leave the cell empty\n');
  });
});
