import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';
import { workbook } from '../workbook.js';

const TEAMS = 'adoption/exports/TeamsUserActivityUserDetail20270329.csv';
const metrics = (dir: string, ...more: string[]) => run(['metrics', '--at', '2027-03-29', ...more], { cwd: dir });

describe('an export whose download stopped mid-row, through the built binary', () => {
  it('the Teams activity export: one line with file and line, exit 2, with --lenient too', () => {
    const dir = adoptionCopy();
    const file = path.join(dir, TEAMS);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, text.lastIndexOf('it.admin@kaiteur.example') + 'it.admin@kaiteur.example'.length));
    const said = `rollout: ${TEAMS}:26: this last row has 5 of 33 cells, with no line end: the file looks cut off; download it again\n`;
    for (const r of [metrics(dir), metrics(dir, '--lenient'), run(['gate-check', '--at', '2027-03-29', '--lenient'], { cwd: dir })]) expect([r.status, r.stdout, r.stderr]).toEqual([2, '', said]);
  });

  it('a row short of cells in the middle is a bad row: skipped and listed under --lenient, never a person not active', () => {
    const dir = adoptionCopy();
    const file = path.join(dir, 'adoption/exports/TeamsUserActivityUserDetail20270315.csv');
    const lines = readFileSync(file, 'utf8').split('\r\n');
    lines[2] = lines[2]!.split(',').slice(0, 5).join(',');
    writeFileSync(file, lines.join('\r\n'));
    const problem = `adoption/exports/TeamsUserActivityUserDetail20270315.csv:3: this row has 5 of the header's 33 cells, so it has no "Last Activity Date" (a row cut short or split by a line break); download the file again or write in the cells it lacks, empty ones too`;
    const strict = metrics(dir);
    expect([strict.status, strict.stderr]).toEqual([2, `rollout: ${problem}, or run with --lenient to skip bad rows\n`]);
    const lenient = metrics(dir, '--lenient');
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain(`rollout: skipped 1 bad row (--lenient):\n  ${problem}\n`);
  });

  it('a --metrics export cut off: exit 2 before any gate is decided', () => {
    const dir = tempDir();
    const text = readFileSync(example('metrics/growing-team.csv'), 'utf8').trimEnd();
    writeFileSync(path.join(dir, 'usage.csv'), text.slice(0, text.lastIndexOf('\n') + 12));
    const line = text.split('\n').length;
    const r = run(['gate-check', '--plan', example('growing-team.yaml'), '--metrics', 'usage.csv', '--at', '2027-04-30', '--lenient'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(new RegExp(`^rollout: usage\\.csv:${line}: this last row has 2 of 5 cells, with no line end: the file looks cut off; download it again\\n$`));
  });
});

describe('Excel date numbers, through the built binary', () => {
  it('a Microsoft Forms workbook whose start times have no date format reads them as the dates they are', () => {
    const dir = adoptionCopy();
    const header = ['Id', 'Begintijd', 'Tijd van voltooien', 'E-mail', 'Naam', 'Hoe tevreden bent u over Teams? (1-10)', 'Hoe waarschijnlijk is het dat u Teams aanbeveelt aan een collega?', 'Wat kunnen we verbeteren?'];
    const answer = [1, 46454.42546296296, 46454.4271412037, 'anjali.ramdin@kaiteur.example', 'Anjali Ramdin', 9, 10, 'Meer training; graag in het Nederlands'];
    writeFileSync(path.join(dir, 'adoption/exports/Teams-enquete.xlsx'), workbook([header, answer]));
    const r = metrics(dir, '--format', 'csv');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2027-03-08,satisfaction,9,pilot,IT pilot,Paramaribo,1$/m);
  });

  it('a CSV whose dates were saved as numbers: says what they are, exit 2', () => {
    const dir = adoptionCopy();
    const file = path.join(dir, 'adoption/exports/tickets-export-2027-03.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('03/15/2027 09:57', '46461.41458333333'));
    const r = metrics(dir);
    expect([r.status, r.stderr]).toEqual([
      2,
      'rollout: adoption/exports/tickets-export-2027-03.csv:2:7: date "46461.41458333333" looks like an Excel date number (2027-03-15 09:57): format the column as a date in Excel before saving the CSV; correct it in the export, or run with --lenient to skip bad rows\n',
    ]);
  });
});
