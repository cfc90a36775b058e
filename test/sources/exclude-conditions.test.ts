import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { internPlan, sabajoFolder, WITH_INTERN } from '../google-users.js';
import { planIn, points, resaveInExcel } from './support.js';

/** A report opened and saved again in Dutch Excel, which writes True and False as WAAR and ONWAAR too. */
function dutchExcel(file: string): void {
  resaveInExcel(file);
  writeFileSync(file, readFileSync(file, 'latin1').replace(/;True;/g, ';WAAR;').replace(/;False;/g, ';ONWAAR;'), 'latin1');
}

/**
 * Microsoft 365's Teams user activity report, cut to the columns read: each account's last
 * activity, whether it is deleted and whether it has a licence, as the admin center writes them.
 */
const HEADER = 'Report Refresh Date,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Is Licensed,Report Period';
const report = (day: string, rows: [name: string, last: string, deleted: 'True' | 'False', licensed: 'Yes' | 'No'][]) =>
  `\uFEFF${[HEADER, ...rows.map(([name, last, deleted, licensed]) => `${day},${name}@sabajo-arch.sr,${last},${deleted},${deleted === 'True' ? day : ''},${licensed},7`)].join('\r\n')}\r\n`;

/** The four office people, three of them active in the week before `day`. */
const office = (day: string): [string, string, 'False', 'Yes'][] => [
  ['anand', day, 'False', 'Yes'],
  ['bea', day, 'False', 'Yes'],
  ['carlo', day, 'False', 'Yes'],
  ['dewi', day, 'False', 'Yes'],
  ['edson', '', 'False', 'Yes'],
];

/** The shares and notes of these reports; `resaved`: those of them opened and saved again in Dutch Excel. `left`: the roster's Left column, by person. */
async function read(weeks: Record<string, string>, resaved: string[] = [], left: Record<string, string> = {}) {
  const plan = internPlan([
    `people: { file: people.csv, columns: { person: "Email Address [Required]", group: Department${Object.keys(left).length ? ', left: Left' : ''} } }`,
    'sources:',
    '  - { file: "exports/TeamsUserActivityUserDetail*.csv", kind: activity, date: Report Refresh Date, person: User Principal Name, lastActive: Last Activity Date, exclude: { Is Deleted: "True", Is Licensed: "No" } }',
  ]);
  const roster = Object.keys(left).length === 0 ? WITH_INTERN : WITH_INTERN.split('\r\n').map((line, i) => (i === 0 ? `${line},Left` : line && `${line},${left[line.split(',')[2]!.split('@')[0]!] ?? ''}`)).join('\r\n');
  const dir = sabajoFolder(plan, { 'people.csv': roster, ...weeks });
  for (const name of resaved) dutchExcel(path.join(dir, name));
  const found = await points(planIn(dir), dir);
  return { ...found, warnings: found.warnings.map((w) => w.replaceAll(`${dir}/`, '')) };
}

describe('an exclude of two conditions (deleted, or without a licence)', () => {
  it('says nothing of an account deleted one week and unlicensed the next: the other condition leaves it out', async () => {
    const found = await read({
      'exports/TeamsUserActivityUserDetail20270212.csv': report('2027-02-12', [...office('2027-02-11'), ['stagiair', '2026-11-30', 'True', 'No']]),
      'exports/TeamsUserActivityUserDetail20270215.csv': report('2027-02-15', [...office('2027-02-15'), ['stagiair', '2026-11-30', 'False', 'No']]),
    });
    expect(found.points.filter((p) => p.scope === 'kantoor').map((p) => [p.date, p.value, p.rows])).toEqual([
      ['2027-02-12', 75, 4],
      ['2027-02-15', 75, 4],
    ]);
    expect(found.warnings).toEqual([]);
  });

  it('says nothing when a condition still leaves out a row that the other one leaves out too, while someone it left out before counts (reactivated)', async () => {
    // The intern was unlicensed, then got a licence back; the pilot's account was deleted and unlicensed in the later week.
    const found = await read({
      'exports/TeamsUserActivityUserDetail20270212.csv': report('2027-02-12', [...office('2027-02-11'), ['stagiair', '2026-11-30', 'False', 'No']]),
      'exports/TeamsUserActivityUserDetail20270215.csv': report('2027-02-15', [['anand', '2027-02-15', 'True', 'No'], ...office('2027-02-15').slice(1), ['stagiair', '2027-02-15', 'False', 'Yes']]),
    });
    expect(found.warnings.filter((w) => w.includes('.exclude'))).toEqual([]);
  });

  it('still says so when neither condition leaves out a row of the later report and someone it left out counts there', async () => {
    const found = await read({
      'exports/TeamsUserActivityUserDetail20270212.csv': report('2027-02-12', [...office('2027-02-11'), ['stagiair', '2026-11-30', 'False', 'No']]),
      'exports/TeamsUserActivityUserDetail20270215.csv': report('2027-02-15', [...office('2027-02-15'), ['stagiair', '2027-02-15', 'False', 'Yes']]),
    });
    expect(found.warnings.filter((w) => w.includes('.exclude'))).toEqual([expect.stringContaining('sources[0].exclude: "Is Licensed" left out rows of exports/TeamsUserActivityUserDetail20270212.csv but none of exports/TeamsUserActivityUserDetail20270215.csv, where 1 person')]);
  });

  describe('a report saved again in Dutch Excel (WAAR for True) after one in which a deleted account was left out', () => {
    const weeks = (deleted: string[]) => ({
      'exports/TeamsUserActivityUserDetail20270212.csv': report('2027-02-12', office('2027-02-11').map(([name, last, , licensed]) => [name, last, deleted.includes(name) ? 'True' : 'False', licensed])),
      'exports/TeamsUserActivityUserDetail20270215.csv': report('2027-02-15', office('2027-02-15').map(([name, last, , licensed]) => [name, last, deleted.includes(name) ? 'True' : 'False', licensed])),
    });
    const resaved = ['exports/TeamsUserActivityUserDetail20270215.csv'];
    const note = (found: Awaited<ReturnType<typeof read>>) => found.warnings.filter((w) => w.includes('.exclude'));
    const kantoor = (found: Awaited<ReturnType<typeof read>>) => found.points.filter((p) => p.scope === 'kantoor').map((p) => [p.date, p.value, p.rows]);

    it('says the person the roster has leave before it counts nowhere, not that they count there', async () => {
      // Dewi left on 12 February, and her account was deleted.
      const found = await read(weeks(['dewi']), resaved, { dewi: '2027-02-12' });
      // Bea and carlo active of 4: edson, and the intern without a row; dewi, gone, in neither share.
      expect(kantoor(found)).toEqual([
        ['2027-02-12', 50, 3],
        ['2027-02-15', 50, 3],
      ]);
      expect(note(found)).toEqual([
        'sources[0].exclude: "Is Deleted" left out rows of exports/TeamsUserActivityUserDetail20270212.csv but none of exports/TeamsUserActivityUserDetail20270215.csv, where 1 person whose rows it left out has a row it does not leave out; ' +
          'the roster gives that person a day they left before it (people.columns.left), so they count nowhere, but the deleted account of someone the roster still has would count there; ' +
          'a report downloaded in another language (an admin console set to Dutch) names its values so: write both as a list (exclude: { "Is Deleted": [True, ...] }, with the word that report writes)',
      ]);
      expect(found.warnings.join('\n')).not.toMatch(/dewi|sabajo-arch/);
    });

    it('tells those who count there from those the roster has leave before it', async () => {
      // Edson's account was deleted too, and the roster still has him.
      const found = await read(weeks(['dewi', 'edson']), resaved, { dewi: '2027-02-12' });
      expect(note(found)).toEqual([
        expect.stringContaining(
          'where 2 people whose rows it left out have rows it does not leave out: 1 counts there, and 1, whom the roster gives a day they left before it (people.columns.left), nowhere; a report downloaded in another language',
        ),
      ]);
      expect(note(found)[0]).toMatch(/; if the account was reactivated, nothing is wrong$/);
    });
  });
});
