import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoster } from '../../src/sources/roster.js';
import { workbookFacts } from '../../src/sources/workbook.js';
import { formatDay } from '../../src/util/dates.js';
import { excelDateText } from '../../src/util/excel-dates.js';
import { workbook, type WorkbookCell } from '../workbook.js';
import { adoptionCopy, planIn, points } from './support.js';

const FORMS = 'adoption/exports/Teams-enquete.xlsx';
const HEADER = ['Id', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam', 'Hoe tevreden bent u over Teams? (1-10)', 'Hoe waarschijnlijk is het dat u Teams aanbeveelt aan een collega?', 'Wat kunnen we verbeteren?'];

/** The example's Microsoft Forms answers, their start and end times as the cells `time` makes of Excel's date numbers. */
function formsCopy(time: (serial: number) => WorkbookCell, options: { date1904?: boolean } = {}): string {
  const dir = adoptionCopy();
  const shift = options.date1904 ? 1462 : 0;
  // 8 Mar 2027 10:12:40, 9 Mar 08:01:13, 10 Mar 15:30:00 (1900 system).
  const answers: [number, string, string, number, number, string][] = [
    [46454.42546296296, 'anjali.ramdin@kaiteur.example', 'Anjali Ramdin', 9, 10, 'Meer training voor de vestiging; graag in het Nederlands'],
    [46455.33417824074, 'ravi.sewdien@kaiteur.example', 'Ravi Sewdien', 8, 9, 'Bestanden delen gaat goed'],
    [46456.64583333333, 'mireille.kartodikromo@kaiteur.example', 'Mireille Kartodikromo', 7, 8, 'De app op de telefoon\nis traag op mobiele data'],
  ];
  const rows = answers.map(([serial, ...rest], i) => [i + 1, time(serial - shift), time(serial - shift + 0.002), ...rest]);
  writeFileSync(path.join(dir, FORMS), workbook([HEADER, ...rows], options));
  return dir;
}

/** The pilot's answers in the workbook: the Google form's come after 10 March. */
const pilotAnswers = async (dir: string) =>
  (await points(planIn(dir), dir)).points.filter((p) => p.metric === 'satisfaction' && p.scope === 'pilot/IT pilot/Paramaribo' && p.date <= '2027-03-10').map((p) => [p.date, p.value]);

describe('Excel date numbers', () => {
  it.each([
    ['46455.425462962965', 1900, '2027-03-09 10:12:40'],
    ['44993.425462962965', 1904, '2027-03-09 10:12:40'],
    ['46455,5', 1900, '2027-03-09 12:00:00'],
    [' 46455 ', 1900, '2027-03-09 00:00:00'],
  ] as const)('read %j (%i system) as %s', (text, system, date) => {
    expect(excelDateText(text, system)).toBe(date);
  });

  it.each(['9', '12345', '99999', '46455.5.1', '4645.5', '2027-03-09', ''])('leave %j alone: no number an export writes as a date', (text) => {
    expect(excelDateText(text)).toBeUndefined();
  });

  it('a workbook says whether it counts from 1904 and names its sheets, and a zip without its end is cut off', () => {
    expect(workbookFacts(workbook([['a']]))).toEqual({ cut: false, date1904: false, sheets: ['Sheet1'] });
    expect(workbookFacts(workbook([['a']], { date1904: true, sheet: 'R&D "Form1"' }))).toEqual({ cut: false, date1904: true, sheets: ['R&D "Form1"'] });
    expect(workbookFacts(workbook([['a']]).subarray(0, 200))).toEqual({ cut: true, date1904: false, sheets: [] });
    expect(workbookFacts(Buffer.from('<html>Sign in</html>'))).toEqual({ cut: false, date1904: false, sheets: [] });
  });
});

describe('a Microsoft Forms workbook whose dates are numbers without a date format', () => {
  const dated = [
    ['2027-03-08', 9],
    ['2027-03-09', 8],
    ['2027-03-10', 7],
  ];

  it('reads them as the dates they are, as date cells read', async () => {
    expect(await pilotAnswers(formsCopy((serial) => ({ dated: serial })))).toEqual(dated);
    expect(await pilotAnswers(formsCopy((serial) => serial))).toEqual(dated);
  });

  it('in a workbook that counts from 1904 (old Mac Excel) too', async () => {
    expect(await pilotAnswers(formsCopy((serial) => serial, { date1904: true }))).toEqual(dated);
  });

  it('leaves a number that is no date of these years a bad row', async () => {
    const dir = formsCopy((serial) => (serial > 46456 ? 3 : serial));
    await expect(points(planIn(dir), dir)).rejects.toThrow(/Teams-enquete\.xlsx, sheet "Sheet1", cell B4: date "3" is not a real date written YYYY-MM-DD, /);
  });
});

describe('an .xlsx roster whose joined and left cells are numbers without a date format', () => {
  it('reads them as the dates they are', async () => {
    const dir = adoptionCopy((plan) => {
      plan.people = { ...plan.people, file: 'adoption/people.xlsx', columns: { ...(plan.people.columns as object), joined: 'In dienst', left: 'Uit dienst' } };
    });
    const [header, ...rows] = readFileSync(path.join(dir, 'adoption/people.csv'), 'utf8').trimEnd().split('\r\n').map((line) => line.split(','));
    // The first person joined on 15 March 2027 (46461) and left on 29 March (46475).
    writeFileSync(path.join(dir, 'adoption/people.xlsx'), workbook([[...header!, 'In dienst', 'Uit dienst'], ...rows.map((row, i) => [...row, i === 0 ? 46461 : '', i === 0 ? 46475 : ''])]));
    const roster = await loadRoster(planIn(dir), dir);
    expect([formatDay(roster.joined[0]!), formatDay(roster.left[0]!)]).toEqual(['2027-03-15', '2027-03-29']);
  });
});

describe('a CSV whose dates were saved as Excel numbers', () => {
  it('says what the number is and how to save the file, rather than guess', async () => {
    const dir = adoptionCopy((plan) => {
      plan.sources = [{ file: 'adoption/exports/Teams-enquete (Excel NL).csv', kind: 'responses', date: 'Begintijd', dateFormat: 'd-m-yyyy', person: 'E-mail', metrics: { satisfaction: 'Hoe tevreden*' } }];
    });
    const file = path.join(dir, 'adoption/exports/Teams-enquete (Excel NL).csv');
    // Dutch Excel's "CSV" (;, a decimal comma), the start time a number in General format.
    writeFileSync(file, readFileSync(file, 'utf8').replace('8-3-2027 10:12:40', '46454,42546296296'));
    await expect(points(planIn(dir), dir)).rejects.toThrow(
      /Teams-enquete \(Excel NL\)\.csv:2:2: date "46454,42546296296" looks like an Excel date number \(2027-03-08 10:12\): format the column as a date in Excel before saving the CSV; correct it in the export/,
    );
  });
});
