import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/util/dates.js';
import { readRoster } from '../../src/sources/roster-notes.js';
import { rowCells, struckRosterFolder } from '../struck-roster.js';
import { workbook } from '../workbook.js';
import { adoptionCopy, planIn, readAll } from './support.js';

const NOTE =
  'personeel.xlsx, sheet "Personeel": row 6 is struck through, so it is left out as someone who left; to count it, remove the strikethrough; ' +
  'the recommended way to mark someone who left is their leaving day in the "Uit dienst" column (people.columns.left), which counts them up to that day';

describe('a roster workbook with a row struck through', () => {
  it('leaves the row out, as someone who left, with one note naming the sheet and row only', async () => {
    const dir = struckRosterFolder();
    const plan = planIn(dir);
    const { roster, warnings } = await readRoster(plan, dir);
    expect(roster.size).toBe(5);
    expect(roster.present(parseDay(plan.start)).map((p) => roster.group[p])).toEqual([0, 0, 0, 0, 1]);
    expect(warnings.map((w) => w.replace(`${dir}/`, ''))).toEqual([NOTE]);
    expect(warnings.join()).not.toMatch(/Oud|collega/i);
  });

  it('keeps a row with only some cells struck, and says so in the same note', async () => {
    const dir = struckRosterFolder([...rowCells(6), 'A8']);
    const { roster, warnings } = await readRoster(planIn(dir), dir);
    expect(roster.size).toBe(5);
    expect(roster.struck).toMatchObject({ rows: [6], partly: [8], sheet: 'Personeel' });
    expect(warnings[0]).toContain('row 6 is struck through, so it is left out as someone who left; row 8 has only some cells struck through and counts; to count it, remove the strikethrough;');
  });

  it('counts every row, without a note, when nothing is struck through', async () => {
    const dir = struckRosterFolder([]);
    const { roster, warnings } = await readRoster(planIn(dir), dir);
    expect(roster.size).toBe(6);
    expect(warnings).toEqual([]);
  });

  it('names several rows, and says how to date leavers when the roster has no left column', async () => {
    const dir = adoptionCopy((plan) => {
      plan.people = { file: 'adoption/personeel.xlsx', columns: { person: 'E-mailadres', group: 'Afdeling' } };
    });
    const rows = [['E-mailadres', 'Afdeling'], ...['a', 'b', 'c', 'd'].map((id) => [`${id}@kaiteur.example`, 'IT pilot'])];
    writeFileSync(path.join(dir, 'adoption/personeel.xlsx'), workbook(rows, { struck: [...rowCells(3, 'AB'), ...rowCells(5, 'AB')] }));
    const plan = planIn(dir);
    const { roster, warnings } = await readRoster(plan, dir);
    expect(roster.size).toBe(2);
    expect(warnings).toContainEqual(
      `${dir}/adoption/personeel.xlsx, sheet "Sheet1": rows 3 and 5 are struck through, so they are left out as people who left; to count them, remove the strikethrough; the recommended way to mark someone who left is a column of leaving days named in people.columns.left, which counts them up to that day`,
    );
  });

  it("reads the leaver's rows in an export as no stranger's", async () => {
    const dir = struckRosterFolder();
    const leaver = '2027-03-12,oud.collega@ngo.example,,False,,MICROSOFT 365 BUSINESS BASIC,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,No,0,0,NGO,,0,Yes,7\r\n';
    appendFileSync(path.join(dir, 'exports/TeamsUserActivityUserDetail2027-03-12.csv'), leaver);
    const { warnings } = await readAll(dir);
    expect(warnings.join('\n')).not.toMatch(/not in the roster/);
  });

  it('is read so in the roster alone: a survey workbook with a struck row keeps its answers', async () => {
    const dir = adoptionCopy((plan) => {
      plan.sources = [{ file: 'adoption/exports/Teams-survey.xlsx', kind: 'responses', date: 'Start time', metrics: { satisfaction: 'How satisfied*' } }];
    });
    const rows = [['ID', 'Start time', 'How satisfied are you with Teams? (1-10)'], [1, { dated: 46399.375 }, 8], [2, { dated: 46400.375 }, 6]];
    writeFileSync(path.join(dir, 'adoption/exports/Teams-survey.xlsx'), workbook(rows, { struck: rowCells(3, 'ABC') }));
    const { points } = await readAll(dir);
    expect(points.map((p) => p.value)).toEqual([8, 6]);
  });
});
