import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers.js';
import { workbook, type WorkbookCell } from './workbook.js';

/*
 * An NGO's HR sheet as Dutch Excel saves it: a merged title row, a blank row, Dutch headers and
 * date cells. Of the four ICT pilot people in Paramaribo, a colleague who left is struck through
 * (row 6, every filled-in cell, no Uit dienst date), as shared sheets mark leavers; another
 * (row 10) has `uit dienst` under Opmerking, which people.exclude leaves out.
 */
const HEADER = ['Naam', 'E-mailadres', 'Afdeling', 'Vestiging', 'In dienst', 'Uit dienst', 'Opmerking'];
const PEOPLE: WorkbookCell[][] = [
  ['Pilot A', 'a.pilot@ngo.example', 'ICT', 'Paramaribo', { dated: 43836 }],
  ['Pilot B', 'b.pilot@ngo.example', 'ICT', 'Paramaribo', { dated: 44228 }],
  ['Oud Collega', 'oud.collega@ngo.example', 'ICT', 'Paramaribo', { dated: 42036 }],
  ['Pilot C', 'c.pilot@ngo.example', 'ICT', 'Paramaribo', { dated: 44621 }],
  ['Pilot D', 'd.pilot@ngo.example', 'ICT', 'Paramaribo', { dated: 43556 }],
  ['Veld A', 'a.veld@ngo.example', 'Veldwerk', 'Albina', { dated: 43556 }],
  ['Veld B', 'b.veld@ngo.example', 'Veldwerk', 'Albina', { dated: 43191 }, '', 'uit dienst'],
];

/** The cells of a sheet row in columns A to E (the filled-in ones of a person's row). */
export const rowCells = (row: number, columns = 'ABCDE'): string[] => [...columns].map((c) => `${c}${row}`);

/** The roster workbook, with these cells struck through (by default the leaver's whole row 6). */
export function personeel(struck: string[] = rowCells(6)): Buffer {
  return workbook([['Personeelslijst NGO – maart 2027'], [], HEADER, ...PEOPLE], { sheet: 'Personeel', merged: 'A1:G1', struck });
}

const ACTIVITY_HEADER =
  'Report Refresh Date,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Assigned Products,Team Chat Message Count,Private Chat Message Count,Call Count,Meeting Count,Meetings Organized Count,Meetings Attended Count,Ad Hoc Meetings Organized Count,Ad Hoc Meetings Attended Count,Scheduled One-time Meetings Organized Count,Scheduled One-time Meetings Attended Count,Scheduled Recurring Meetings Organized Count,Scheduled Recurring Meetings Attended Count,Audio Duration In Seconds,Video Duration In Seconds,Screen Share Duration In Seconds,Has Other Action,Urgent Messages,Post Messages,Tenant Display Name,Shared Channel Tenant Display Names,Reply Messages,Is Licensed,Report Period';

/** The plan, the roster and Teams' user activity report of 12 March 2027, in which the four pilot people were active. */
export function struckRosterFolder(struck?: string[]): string {
  const dir = tempDir();
  const plan = [
    'version: 1',
    'tool: { name: Microsoft Teams, contact: { name: ICT, email: ict@ngo.example } }',
    'organization:',
    '  name: NGO',
    '  headcount: 6',
    '  languages: [nl, en]',
    '  locations:',
    '    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 4, champion: Ambassadeur }',
    '    - { name: Albina, timezone: America/Paramaribo, headcount: 2, champion: Ambassadeur Albina }',
    '  groups:',
    '    - { name: ICT, headcount: 4, kind: pilot, location: Paramaribo }',
    '    - { name: Veldwerk, headcount: 2, kind: department, location: Albina }',
    'people:',
    '  file: personeel.xlsx',
    '  columns: { person: E-mailadres, name: Naam, group: Afdeling, location: Vestiging, joined: In dienst, left: Uit dienst }',
    '  exclude: { Opmerking: uit dienst }',
    'start: 2027-03-01',
    'phases:',
    '  - { id: pilot, name: Pilot, audience: { groups: [ICT] }, weeks: 2 }',
    '  - { id: albina, name: Albina, audience: { locations: [Albina] }, weeks: 2 }',
    'sources:',
    '  - file: "exports/TeamsUserActivityUserDetail*.csv"',
    '    kind: activity',
    '    date: Report Refresh Date',
    '    person: User Principal Name',
    '    lastActive: Last Activity Date',
    '    exclude: { Is Deleted: "True" }',
    '    metric: active_use_pct',
  ];
  writeFileSync(path.join(dir, 'rollout.yaml'), `${plan.join('\n')}\n`);
  writeFileSync(path.join(dir, 'personeel.xlsx'), personeel(struck));
  const active = ['a.pilot', 'b.pilot', 'c.pilot', 'd.pilot'].map((id, i) => `2027-03-12,${id}@ngo.example,2027-03-${['10', '11', '09', '11'][i]},False,,MICROSOFT 365 BUSINESS BASIC,3,5,0,1,0,1,0,0,0,1,0,0,0,0,0,No,0,0,NGO,,0,Yes,7`);
  mkdirSync(path.join(dir, 'exports'));
  writeFileSync(path.join(dir, 'exports', 'TeamsUserActivityUserDetail2027-03-12.csv'), `\uFEFF${[ACTIVITY_HEADER, ...active].join('\r\n')}\r\n`);
  return dir;
}
