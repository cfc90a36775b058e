import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

const PLAN = `version: 1
tool: { name: Microsoft Teams, replaces: WhatsApp groups }
organization: { name: Clinic, headcount: 4, languages: [en] }
people: { file: people.csv, columns: { person: Email } }
start: 2027-03-01
phases:
  - { id: all, name: Everyone, audience: all, weeks: 2 }
gates:
  - { id: all-active, phase: all, metric: active_use_pct, threshold: 75, within: 2w }
sources:
  - file: "exports/Microsoft365ActiveUserDetail*.csv"
    kind: activity
    date: Report Refresh Date
    person: User Principal Name
    lastActive: Teams Last Activity Date
    exclude: { Is Deleted: "True", Has Teams License: "False" }
`;

const HEADER =
  'Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Has Exchange License,Has OneDrive License,Has SharePoint License,Has Skype For Business License,Has Yammer License,Has Teams License,' +
  'Exchange Last Activity Date,OneDrive Last Activity Date,SharePoint Last Activity Date,Skype For Business Last Activity Date,Yammer Last Activity Date,Teams Last Activity Date,' +
  'Exchange License Assign Date,OneDrive License Assign Date,SharePoint License Assign Date,Skype For Business License Assign Date,Yammer License Assign Date,Teams License Assign Date,Assigned Products';
const PEOPLE = ['anand.ramdin', 'sita.jagroep', 'marco.pinas', 'esther.doelwijt'];
/** Microsoft 365's code in place of a concealed name: 32 hexadecimal digits. */
const code = (id: string) => createHash('md5').update(id).digest('hex').toUpperCase();

/** A "Microsoft 365 active users" user-detail export of `day`, as the admin center writes it (BOM, CRLF), with a deleted account; the third person last used Teams in February. */
function activeUsers(dir: string, day: string, concealed: boolean, file = `Microsoft365ActiveUserDetail${day.replaceAll('-', '')}.csv`): void {
  const id = (name: string) => (concealed ? code(`${name}@clinic.example`) : `${name}@clinic.example`);
  const rows = PEOPLE.map((name, i) => {
    const last = i === 2 ? '2027-02-19' : day.replace(/\d\d$/, (d) => String(Number(d) - 1).padStart(2, '0'));
    return `${day},${id(name)},${concealed ? id(name) : name.replace('.', ' ')},False,,True,True,True,False,False,True,,,,,,${last},,,,,,2027-02-15,"MICROSOFT 365 BUSINESS BASIC+MICROSOFT TEAMS"`;
  });
  rows.push(`${day},${id('old.desk')},${concealed ? id('old.desk') : 'Old desk'},True,2027-02-26,False,False,False,False,False,False,,,,,,2027-02-20,,,,,,,`);
  mkdirSync(path.join(dir, 'exports'), { recursive: true });
  writeFileSync(path.join(dir, 'exports', file), `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
}

function clinic(weeks: [string, boolean][]): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), PLAN);
  writeFileSync(path.join(dir, 'people.csv'), `Email\r\n${PEOPLE.map((p) => `${p}@clinic.example`).join('\r\n')}\r\n`);
  for (const [day, concealed] of weeks) activeUsers(dir, day, concealed);
  return dir;
}

/** gate-check --format json on 15 March, which must decide, and its all-active gate. */
function checkOn15March(dir: string) {
  const r = run(['gate-check', '--at', '2027-03-15', '--format', 'json'], { cwd: dir });
  expect(r.status).toBe(0);
  return { r, gate: (JSON.parse(r.stdout) as { gates: { id: string; status: string; observed: number }[] }).gates.find((g) => g.id === 'all-active') };
}

function expectNoIds(text: string): void {
  for (const name of [...PEOPLE, 'old.desk']) {
    expect(text).not.toContain(name);
    expect(text).not.toContain(code(`${name}@clinic.example`));
  }
}

describe('a first Microsoft 365 export made while user names were concealed, then weeks with names', () => {
  it('gate-check leaves that week out with a note naming the file and decides on the later report', () => {
    const dir = clinic([
      ['2027-03-06', true],
      ['2027-03-13', false],
    ]);
    const { r, gate } = checkOn15March(dir);
    // 3 of the 4 roster people were active within 7 days of 13 March; the deleted account counts nowhere.
    expect(gate).toMatchObject({ status: 'pass', observed: 75 });
    expect(r.stderr).toContain(
      'rollout: sources[0]: exports/Microsoft365ActiveUserDetail20270306.csv, the report of 2027-03-06, is left out: none of its rows is a person of the roster people.csv, as 5 hold codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names, ' +
        'so a gate due on or after 2027-03-06 and before 2027-03-13, the day of the next report with names, reads the report before it; the admin center exports only the current period, and a past week cannot be exported again: move the file out of the folder, or narrow sources[0].file, to drop this note\n',
    );
    expect(r.stderr).not.toMatch(/not in the roster/);
    expectNoIds(r.stdout + r.stderr);
  });

  it('gate-check stops (exit 2) when the newest report is the concealed one, and says what can still be done', () => {
    const dir = clinic([
      ['2027-03-06', false],
      ['2027-03-13', true],
    ]);
    const r = run(['gate-check', '--at', '2027-03-15'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'rollout: sources[0]: exports/Microsoft365ActiveUserDetail20270313.csv has none of the people of the roster people.csv: its 5 rows hold codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names, and no later report has names, so the gates would read the report before: ' +
        'in the Microsoft 365 admin center under Settings > Org settings > Services > Reports, clear "Display concealed user, group, and site names in all reports", then export the report now and put it beside it; ' +
        'the admin center exports only the current period, and a past week cannot be exported again, so this file is then left out with a note (or move it out of the folder, or narrow sources[0].file)\n',
    );
    expectNoIds(r.stderr);
  });

  it('gate-check decides once the report is exported again with names the same day and put beside it, as the stop says', () => {
    const dir = clinic([
      ['2027-03-06', false],
      ['2027-03-13', true],
    ]);
    // A browser names the second download of the day "(1)": the same Report Refresh Date.
    activeUsers(dir, '2027-03-13', false, 'Microsoft365ActiveUserDetail20270313 (1).csv');
    const { r, gate } = checkOn15March(dir);
    expect(gate).toMatchObject({ status: 'pass', observed: 75 });
    expect(r.stderr).toContain(
      'rollout: sources[0]: exports/Microsoft365ActiveUserDetail20270313.csv, the report of 2027-03-13, is left out: none of its rows is a person of the roster people.csv, as 5 hold codes of 32 hexadecimal digits, which is how Microsoft 365 conceals user names, ' +
        'and a report of the same day has names and counts in its place: move the file out of the folder, or narrow sources[0].file, to drop this note\n',
    );
    expect(r.stderr).not.toMatch(/both report|not in the roster/);
    expectNoIds(r.stdout + r.stderr);
  });
});
