import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/csv/reader.js';
import type { CellCondition } from '../../src/plan/sources-schema.js';
import { Conditions } from '../../src/sources/cells.js';
import { Header } from '../../src/sources/columns.js';
import { diagnosticLines, tempDir } from '../helpers.js';
import { zendeskClinic } from '../zendesk-tickets.js';
import { readAll } from './support.js';

const dir = tempDir();
let files = 0;

/** Whether `where: { Tags: wanted }` holds for each cell of a CSV file, and the notes it leaves. */
async function holds(wanted: CellCondition, cells: string[]): Promise<{ found: boolean[]; notes: string[] }> {
  const file = path.join(dir, `t${files++}.csv`);
  writeFileSync(file, `Id,Tags\r\n${cells.map((cell, i) => `${i},"${cell}"\r\n`).join('')}`);
  const conditions = new Conditions({ Tags: wanted }, 'sources[0].where');
  const found: boolean[] = [];
  await readCsv(file, { header: (names) => conditions.place(new Header(names, file)), row: (row) => void found.push(conditions.all(row)), bad: (line, problem) => expect.fail(`${line}: ${problem}`) });
  return { found, notes: conditions.amongOthers() };
}

const CELLS = ['teams login', 'mobile teams', 'Teams', 'teams,login', 'login; teams', 'msteams_license', 'teamsafety', '', 'epd'];

describe('where: { Tags: { tag: ... } } on a cell that lists several tags', () => {
  it('holds when one of the words separated by spaces, commas or semicolons is the tag, never for a word that only holds it', async () => {
    expect((await holds({ tag: 'teams' }, CELLS)).found).toEqual([true, true, true, true, true, false, false, false, false]);
    expect((await holds({ tag: 'TEAMS' }, CELLS)).found).toEqual([true, true, true, true, true, false, false, false, false]);
  });

  it('takes * for any text within a tag, and a list for any of several tags', async () => {
    expect((await holds({ tag: 'teams*' }, CELLS)).found).toEqual([true, true, true, true, true, false, true, false, false]);
    expect((await holds({ tag: ['epd', 'msteams*'] }, CELLS)).found).toEqual([false, false, false, false, false, true, false, false, true]);
  });

  it('leaves { is: ... } and a plain value comparing the whole cell', async () => {
    expect((await holds({ is: 'teams' }, CELLS)).found).toEqual([false, false, true, false, false, false, false, false, false]);
    expect((await holds('teams', CELLS)).found).toEqual([false, false, true, false, false, false, false, false, false]);
  });
});

describe('a where value that cells hold as one word among others', () => {
  it('is said with the count of those rows and both ways to write it, without a cell of the export', async () => {
    const { notes } = await holds('teams', CELLS);
    expect(notes).toEqual([
      'sources[0].where: 4 rows hold "teams" in Tags as one word among others, as a list of tags does, and sources[0].where counts only a cell that is "teams" as a whole; ' +
        'for every row with the tag write Tags: { tag: teams }, or Tags: { is: teams } to keep the whole cell without this note',
    ]);
  });

  /** The notes of `map` as `key` (where: all conditions, exclude: any) over a CSV file's rows. */
  async function notesOf(map: Record<string, CellCondition>, key: 'sources[0].where' | 'sources[0].exclude', csv: string): Promise<string[]> {
    const file = path.join(dir, `t${files++}.csv`);
    writeFileSync(file, csv);
    const conditions = new Conditions(map, key);
    await readCsv(file, { header: (names) => conditions.place(new Header(names, file)), row: (row) => void (key.endsWith('where') ? conditions.all(row) : conditions.any(row)), bad: (line, problem) => expect.fail(`${line}: ${problem}`) });
    return conditions.amongOthers();
  }
  const count = (notes: string[]) => notes.map((n) => /: (\d+) rows? holds?/.exec(n)?.[1]);
  // Three tickets list teams among other tags; one of them is still open.
  const TICKETS = 'Id,Status,Tags\r\n1,solved,teams login\r\n2,open,teams mobile\r\n3,solved,"login, teams"\r\n4,solved,teams\r\n5,solved,epd\r\n';

  it('counts only the rows the other conditions keep, whatever their order', async () => {
    expect(count(await notesOf({ Status: 'solved', Tags: 'teams' }, 'sources[0].where', TICKETS))).toEqual(['2']);
    expect(count(await notesOf({ Tags: 'teams', Status: 'solved' }, 'sources[0].where', TICKETS))).toEqual(['2']);
  });

  it('counts a row once when a repeated column (Jira\'s Component/s) lists the value in several cells', async () => {
    const jira = 'Key,Component/s,Component/s\r\nIT-1,teams login,teams mobile\r\nIT-2,teams login,\r\nIT-3,teams,\r\n';
    expect(count(await notesOf({ 'Component/s': 'teams' }, 'sources[0].where', jira))).toEqual(['2']);
  });

  it('counts for exclude the rows no condition left out', async () => {
    expect(count(await notesOf({ Status: 'open', Tags: 'teams' }, 'sources[0].exclude', TICKETS))).toEqual(['2']);
  });

  it('is not said for { is: ... }, { tag: ... }, a value of several words or a cell that merely contains it', async () => {
    for (const wanted of [{ is: 'teams' }, { tag: 'teams' }, 'Microsoft Teams', 'teams*'] as CellCondition[]) expect((await holds(wanted, CELLS)).notes).toEqual([]);
    expect((await holds('teams', ['teams', 'msteams_license', 'teamsafety', 'ms-teams'])).notes).toEqual([]);
  });
});

describe('a Zendesk ticket export read by an events source', () => {
  const perDay = async (where: string) => {
    const read = await readAll(zendeskClinic(where));
    return { warnings: read.warnings, days: new Map(read.points.filter((p) => p.metric === 'support_tickets').map((p) => [p.day, p.value])) };
  };

  it('counts with { tag: teams } every ticket tagged teams among its tags, and no other queue\'s', async () => {
    const { warnings, days } = await perDay('{ Tags: { tag: teams } }');
    expect(warnings).toEqual([]);
    expect([days.get('2027-03-01'), days.get('2027-03-05'), days.get('2027-03-15'), days.get('2027-03-22'), days.get('2027-03-26')]).toEqual([3, 3, 2, 1, 1]);
  });

  it('says how many tickets a whole-cell { Tags: teams } passes over', async () => {
    const { warnings, days } = await perDay('{ Tags: teams }');
    // 35 tickets carry teams with a second tag (3 a day on 7 days to the 9th, 2 on 7 days to the 18th); from the 19th, 6 carry it alone.
    expect(warnings).toEqual([expect.stringMatching(/^sources\[0\]\.where: 35 rows hold "teams" in Tags as one word among others, /)]);
    expect([days.get('2027-03-01'), days.get('2027-03-22')]).toEqual([0, 1]);
  });

  it('refuses a tag of several words and a key other than tag or is, at their line', () => {
    const plan = readFileSync(path.join(zendeskClinic('{ Tags: teams }'), 'rollout.yaml'), 'utf8');
    expect(diagnosticLines(plan.replace('{ Tags: teams }', '{ Tags: { tag: microsoft teams } }'), 'schema')).toEqual([
      'rollout.yaml:13:27: error sources[0].where.Tags.tag: expected one tag, without spaces, commas or semicolons: they separate the tags of a cell',
    ]);
    expect(diagnosticLines(plan.replace('{ Tags: teams }', '{ Tags: { tags: teams } }'), 'schema')).toEqual([
      'rollout.yaml:13:20: error sources[0].where.Tags: expected a value, the whole cell (* for any text), { tag: ... } for one of the tags a cell lists, or { is: ... }',
    ]);
  });
});
