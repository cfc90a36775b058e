import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/sources/roster.js';
import { columnLetters, place } from '../../src/util/place.js';
import { workbook } from '../workbook.js';
import { adoptionCopy, planIn, points } from './support.js';

const TITLE = 'HR-export personeel — Kaiteur (geëxporteerd 4-1-2027)';

/** The example roster as HR exports it: a merged title row above the header, a blank row below it. */
function titledRoster(change: (header: string[]) => string[] = (h) => h, extension = 'xlsx'): { dir: string; people: number } {
  const dir = adoptionCopy((plan) => {
    plan.people = { ...plan.people, file: `adoption/personeel.${extension}` };
  });
  const [header, ...rows] = readFileSync(path.join(dir, 'adoption/people.csv'), 'utf8').trimEnd().split(/\r?\n/).map((line) => line.split(','));
  const file = path.join(dir, `adoption/personeel.${extension}`);
  if (extension === 'xlsx') writeFileSync(file, workbook([[TITLE], [], change(header!), ...rows], { sheet: 'Personeel', merged: 'A1:D1' }));
  // Excel saves the title row to CSV with the merged cells as empty ones.
  else writeFileSync(file, `\uFEFF${[`${TITLE},,,`, change(header!).join(','), ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`);
  return { dir, people: rows.length };
}

describe('a roster with a title row above its header', () => {
  it('reads the .xlsx from the row that has every column people.columns names', async () => {
    const { dir, people } = titledRoster();
    expect((await loadRoster(planIn(dir), dir)).size).toBe(people);
  });

  it('reads the CSV saved from it alike', async () => {
    const { dir, people } = titledRoster((h) => h, 'csv');
    expect((await loadRoster(planIn(dir), dir)).size).toBe(people);
  });

  it('says which column the header row lacks, at that row, not at the title', async () => {
    const { dir } = titledRoster((h) => h.map((name) => (name === 'E-mail' ? 'Email' : name)));
    await expect(loadRoster(planIn(dir), dir)).rejects.toMatchObject({
      message: `${dir}/adoption/personeel.xlsx, sheet "Personeel", row 3: no column "E-mail", which people.columns.person names; did you mean "Email"?; write the column's name as the header has it`,
    }
    );
  });

  it('names the sheet and cell of a bad roster cell', async () => {
    const { dir } = titledRoster();
    const file = path.join(dir, 'adoption/personeel.xlsx');
    const rows = [[TITLE], ['E-mail', 'Naam', 'Afdeling', 'Vestiging'], ['a@kaiteur.example', 'A', 'IT pilot', 'Paramaribo'], ['b@kaiteur.example', 'B', 'Architektuur', 'Paramaribo']];
    writeFileSync(file, workbook(rows, { sheet: 'Personeel', merged: 'A1:D1' }));
    await expect(loadRoster(planIn(dir), dir)).rejects.toThrow(/\/adoption\/personeel\.xlsx, sheet "Personeel", cell C4: group "Architektuur" is not in the plan; /);
  });
});

describe('an error about a row of a workbook', () => {
  it('names the sheet and the cell as Excel does; a CSV file keeps file:line:column', () => {
    expect(place('Teams-survey.xlsx', 6, 7, 'Form1')).toBe('Teams-survey.xlsx, sheet "Form1", cell G6');
    expect(place('Teams-survey.xlsx', 6, 0, 'Form1')).toBe('Teams-survey.xlsx, sheet "Form1", row 6');
    expect(place('Teams-survey.csv', 6, 7)).toBe('Teams-survey.csv:6:7');
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('gives the sheet a survey is read from and the cell of a bad answer', async () => {
    const dir = adoptionCopy((plan) => {
      plan.sources = [{ file: 'adoption/exports/Teams-survey.xlsx', kind: 'responses', date: 'Start time', person: 'Email', sheet: 'Form1', metrics: { satisfaction: 'How satisfied*' } }];
    });
    const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'How satisfied are you with Teams? (1-10)'];
    const rows = [
      [1, { dated: 46399.375 }, { dated: 46399.377 }, 'anjali.ramdin@kaiteur.example', 'Anjali Ramdin', '', 8],
      [2, { dated: 46400.375 }, { dated: 46400.377 }, 'ravi.sewdien@kaiteur.example', 'Ravi Sewdien', '', 'acht'],
    ];
    writeFileSync(path.join(dir, 'adoption/exports/Teams-survey.xlsx'), workbook([header, ...rows], { sheet: 'Form1' }));
    await expect(points(planIn(dir), dir)).rejects.toThrow(/\/adoption\/exports\/Teams-survey\.xlsx, sheet "Form1", cell G3: the satisfaction answer/);
  });
});
