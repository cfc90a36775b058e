import { describe, expect, it } from 'vitest';
import { internPlan, sabajoFolder, WITH_INTERN } from '../google-users.js';
import { planIn, points } from './support.js';

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

async function read(weeks: Record<string, string>) {
  const plan = internPlan([
    'people: { file: people.csv, columns: { person: "Email Address [Required]", group: Department } }',
    'sources:',
    '  - { file: "exports/TeamsUserActivityUserDetail*.csv", kind: activity, date: Report Refresh Date, person: User Principal Name, lastActive: Last Activity Date, exclude: { Is Deleted: "True", Is Licensed: "No" } }',
  ]);
  const dir = sabajoFolder(plan, { 'people.csv': WITH_INTERN, ...weeks });
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
});
