import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/sources/roster.js';
import { adoptionCopy, planIn, points, type PlanData, type Point } from './support.js';

const OLD = 'ravi.sewdien@kaiteur.example';
const NEW = 'ravi.sewdien-pinas@kaiteur.example';

/** The example reading its Teams user activity reports alone, with a column of former addresses when `formerIds`. */
const onlyActivity = (formerIds: boolean) => (plan: PlanData) => {
  plan.sources = [plan.sources[0]!];
  if (formerIds) plan.people = { ...plan.people, columns: { ...(plan.people.columns as object), formerIds: 'Eerder adres' } };
};

/**
 * Ravi's account renamed in the week of 15 March: the reports from then on, and the roster, have
 * his new address. With `formerIds` the roster gives his old one (in capitals, beside one nobody
 * has any more); `both` leaves his old row in the report of 22 March beside the new one.
 */
function renamed(formerIds: boolean, both = false): string {
  const dir = adoptionCopy(onlyActivity(formerIds));
  const roster = path.join(dir, 'adoption/people.csv');
  const [header, ...rows] = readFileSync(roster, 'utf8').trimEnd().split(/\r?\n/);
  const former = (row: string) => (row.startsWith(OLD) ? `,"${OLD.toUpperCase()}; ravi@old.example"` : ',');
  const lines = formerIds ? [`${header},Eerder adres`, ...rows.map((row) => `${row}${former(row)}`)] : [header, ...rows];
  writeFileSync(roster, `${lines.join('\r\n').replace(OLD, NEW)}\r\n`);
  const exports = path.join(dir, 'adoption/exports');
  for (const file of readdirSync(exports).filter((f) => /^TeamsUserActivityUserDetail202703(1[5-9]|2)/.test(f))) {
    const text = readFileSync(path.join(exports, file), 'utf8');
    const row = new RegExp(`^.*${OLD}.*$`, 'm').exec(text)![0];
    const kept = both && file.includes('0322') ? `\r\n${row.replace(/2027-03-21/, '2027-03-12')}` : '';
    writeFileSync(path.join(exports, file), text.replace(row, `${row.replace(OLD, NEW)}${kept}`));
  }
  return dir;
}

const pilot = (all: Point[]) => all.filter((p) => p.metric === 'active_use_pct' && p.scope === 'pilot').map((p) => [p.date, p.value, p.rows]);

describe('a person whose address changed, with the former one in people.columns.formerIds', () => {
  it('keeps the past shares the old address gave, and counts rows of both addresses on one day once, with a note', async () => {
    const plain = adoptionCopy(onlyActivity(false));
    const before = await points(planIn(plain), plain);
    const dir = renamed(true, true);
    const after = await points(planIn(dir), dir);
    const known = before.warnings.map((w) => w.replaceAll(`${plain}/`, ''));
    expect(pilot(after.points)).toEqual(pilot(before.points));
    expect(pilot(before.points)[0]).toEqual(['2027-03-08', 100, 3]);
    expect(after.warnings.filter((w) => !known.includes(w.replaceAll(`${dir}/`, '')))).toEqual([
      'sources[0]: 1 roster person has rows under both their id and a former id (people.columns.formerIds) in the report of 2027-03-22; each counts once there, by the higher of the two rows',
    ]);
    expect(after.warnings.join('\n')).not.toMatch(/ravi/i);
  });

  it('without it, loses the old rows and says both notes could be one renamed account, never who', async () => {
    const dir = renamed(false);
    const after = await points(planIn(dir), dir);
    // 8 March: 2 of 3 pilot people active, as the new address has no row there.
    expect(pilot(after.points)[0]).toEqual(['2027-03-08', 66.6667, 2]);
    const hints = after.warnings.filter((w) => w.includes('people.columns.formerIds'));
    expect(hints).toHaveLength(2);
    expect(hints[0]).toMatch(/^sources\[0\]: 2 accounts in the export are not in the roster .*; 1 of them has rows in earlier reports but none in the newest, .*; but its rows end right before a roster person without earlier rows has rows \(up to the report of 2027-03-08, from that of 2027-03-15\): if that is one person whose address changed \(a renamed account\), write the former address in the person's roster row, in a column that people\.columns\.formerIds names/);
    expect(hints[1]).toMatch(/^sources\[0\]: 1 roster person \(phase pilot; group IT pilot; location Paramaribo\) has no row in the report of 2027-03-08, .*; but their rows start right after an account not in the roster last had rows \(up to the report of 2027-03-08, from that of 2027-03-15\): if that is one person/);
    expect(after.warnings.join('\n')).not.toMatch(/ravi/i);
  });

  it("stops at a former id that is someone's id, or someone else's former id, at its cell and without it", async () => {
    for (const [cell, problem] of [
      ['anjali.ramdin@kaiteur.example', 'Eerder adres: an id in this cell is the E-mail of the person on line 2; an id is one person\'s, so remove it from one of the two rows (a former id is only for an address no one has any more)'],
      ['x@old.example, Ravi@Old.example', 'Eerder adres: an id in this cell is also a former id of another person (on line 3); an id is one person\'s, so keep it in one row'],
    ]) {
      const dir = renamed(true);
      const roster = path.join(dir, 'adoption/people.csv');
      writeFileSync(roster, readFileSync(roster, 'utf8').replace(/(mireille[^\r]*),\r\n/, `$1,"${cell}"\r\n`));
      const error = await loadRoster(planIn(dir), dir).then(() => undefined, (e: Error) => e.message);
      expect(error?.replace(`${dir}/`, '')).toBe(`adoption/people.csv:4:5: ${problem}`);
      expect(error).not.toMatch(/ravi|anjali/i);
    }
  });
});
