import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptionCopy, oneSourceCopy, planIn, points, readAll } from './support.js';

/**
 * A helpdesk log kept by hand in a Google Sheet and downloaded as CSV: Dutch dates without
 * leading zeros, an empty row, a description with a comma, and one date an English-reading
 * engineer typed month-first.
 */
const MELDINGEN =
  '\ufeffDatum,Categorie,Omschrijving\r\n' +
  '1-2-2027,Google Workspace,Wachtwoord\r\n' +
  '2-2-2027,Google Workspace,"Drive, sync"\r\n' +
  ',,\r\n' +
  '15-2-2027,Google Workspace,Login\r\n' +
  '16-2-2027,Google Workspace,Agenda\r\n' +
  '2/17/2027,Google Workspace,"Meet, no sound"\r\n' +
  '18-2-2027,Google Workspace,Meet\r\n';

const sheet = (dateFormat: string, text = MELDINGEN) =>
  oneSourceCopy({ file: 'adoption/exports/helpdesk/Helpdesk log - Meldingen.csv', kind: 'events', date: 'Datum', dateFormat, where: { Categorie: 'Google Workspace' }, metric: 'tickets' }, 'helpdesk', {
    'Helpdesk log - Meldingen.csv': text,
  });

const failure = async (dir: string) => (await readAll(dir).then(() => '', (e: unknown) => (e as Error).message)).replaceAll(`${dir}/`, '');

const FILE = 'adoption/exports/helpdesk/Helpdesk log - Meldingen.csv';

describe('one date typed in the other order among the dates of a hand-kept sheet, with a dateFormat', () => {
  it('names the odd cell and says to correct it or run with --lenient, not to switch to the order the other rows refuse', async () => {
    expect(await failure(sheet('d-m-yyyy'))).toBe(
      `${FILE}:7:1: date "2/17/2027" is not a real date written DD-MM-YYYY, the order sources[0].dateFormat sets, ` +
        `which other dates keep to ("15-2-2027" at ${FILE}:5:1 is no date month-first); correct it in the export, or run with --lenient to skip bad rows`,
    );
    // The order it used to send the user to: the Dutch rows are the bad ones there, and the US one rules the way back out.
    expect(await failure(sheet('mm-dd-yyyy'))).toBe(
      `${FILE}:5:1: date "15-2-2027" is not a real date written MM/DD/YYYY, the order sources[0].dateFormat sets, ` +
        `which other dates keep to ("2/17/2027" at ${FILE}:7:1 is no date day-first); correct it in the export, or run with --lenient to skip bad rows (2 more bad rows in this file)`,
    );
  });

  it('reads the other rows with --lenient, and the corrected cell without it', async () => {
    const dir = sheet('d-m-yyyy');
    const plan = planIn(dir);
    const lenient = await points(plan, dir, true);
    const tickets = (all: typeof lenient.points) => all.filter((p) => p.metric === 'tickets' && p.scope === '').map((p) => [p.date, p.value]);
    expect(tickets(lenient.points).filter(([date]) => (date as string) >= '2027-02-15')).toEqual([
      ['2027-02-15', 1],
      ['2027-02-16', 1],
      ['2027-02-17', 0],
      ['2027-02-18', 1],
    ]);
    const file = path.join(dir, FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('2/17/2027', '17-2-2027'));
    expect(tickets((await points(plan, dir)).points).find(([date]) => date === '2027-02-17')).toEqual(['2027-02-17', 1]);
  });

  it('still says to set the other order when every row is written in it', async () => {
    const us = sheet('d-m-yyyy', '\ufeffDatum,Categorie,Omschrijving\r\n2/16/2027,Google Workspace,Login\r\n2/17/2027,Google Workspace,Agenda\r\n');
    expect(await failure(us)).toMatch(/:2:1: date "2\/16\/2027" is not a real date written DD-MM-YYYY, the order sources\[0\]\.dateFormat sets; read month-first, "2\/16\/2027" is 16 February: set sources\[0\]\.dateFormat: mm-dd-yyyy \(1 more bad row in this file\)$/);
  });
});

describe('one date typed in the other order in a roster with people.dateFormat', () => {
  it('names that cell and never asks for the order the other dates refuse', async () => {
    const dir = adoptionCopy((plan) => {
      plan.people = { ...plan.people, columns: { ...(plan.people.columns as object), joined: 'In dienst' }, dateFormat: 'dd-mm-yyyy' };
    });
    const file = path.join(dir, 'adoption/people.csv');
    const [header, first, second, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    writeFileSync(file, `\ufeff${[`${header},In dienst`, `${first},22-03-2027`, `${second},3/15/2027`, ...rows.map((row) => `${row},`)].join('\r\n')}\r\n`);
    const error = await points(planIn(dir), dir).catch((e: unknown) => e);
    expect((error as Error).message.replaceAll(`${dir}/`, '')).toBe(
      'adoption/people.csv:3:5: In dienst: date "3/15/2027" is not a real date written DD-MM-YYYY, the order people.dateFormat sets, ' +
        'which other dates keep to ("22-03-2027" at adoption/people.csv:2:5 is no date month-first); write the day as 2027-03-15, or leave the cell empty',
    );
  });
});
