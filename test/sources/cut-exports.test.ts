import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS } from '../../src/plan/resolve.js';
import { readSources } from '../../src/sources/read.js';
import { allScopes } from '../../src/sources/scopes.js';
import { adoptionCopy, planIn, points } from './support.js';

const EXPORTS = 'adoption/exports';

/** A copy of the example whose `file` stops right after the last `marker` in it: a download cut off. */
function cutCopy(file: string, marker: string): string {
  const dir = adoptionCopy();
  const at = path.join(dir, file);
  const utf16 = readFileSync(at)[0] === 0xff;
  const text = readFileSync(at, utf16 ? 'utf16le' : 'utf8');
  const cut = text.slice(0, text.lastIndexOf(marker) + marker.length);
  writeFileSync(at, utf16 ? Buffer.from(cut, 'utf16le') : cut);
  return dir;
}

const cutOff = (file: string, line: number, short: string) => new RegExp(`${escape(`${file}:${line}: this last row ${short}, with no line end: the file looks cut off; download it again`)}$`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The import reports of the plan in `dir`, read with --lenient. */
async function lenientImports(dir: string) {
  const plan = planIn(dir);
  const metrics = new Map([...DEFAULT_METRICS, ...plan.metrics].map((m) => [m.name, m]));
  return (await readSources({ plan, baseDir: dir, lenient: true, metrics, answers: new Set(), scopes: (m) => allScopes(plan, m) }, () => {})).imports;
}

describe('an export cut off mid-row, of every kind: exit 2 naming file and line, even with --lenient', () => {
  it.each([
    // Right after the user's e-mail: 5 cells of the 33, as a browser download stopped there.
    ['Teams user activity', `${EXPORTS}/TeamsUserActivityUserDetail20270329.csv`, 'it.admin@kaiteur.example', 26, 'has 5 of 33 cells'],
    // Slack's overview writes one cell fewer in its rows than in its header.
    ['the Slack overview (daily)', `${EXPORTS}/slack-analytics-overview-2027-03.csv`, '2027-03-29,25,2', 9, 'has 3 of 23 cells'],
    ['the Google Forms responses, inside a quoted answer', `${EXPORTS}/Teams survey (Responses) - Form Responses 1.csv`, 'Great, th', 11, 'ends inside a quoted cell'],
    // Inside the Created date of a ticket whose subject has a line break.
    ['the helpdesk tickets (events)', `${EXPORTS}/tickets-export-2027-03.csv`, '03/26/2027 08:5', 16, 'has 7 of 9 cells'],
    ['a typed sign-in sheet (attendance)', `${EXPORTS}/training/aanwezigheid-training-nickerie.csv`, '29-3-2027,Amit', 7, 'has 2 of 4 cells'],
    ['the roster', 'adoption/people.csv', 'wendy.kromosoeto@kaiteur.example', 26, 'has 1 of 4 cells'],
  ])('%s', async (_, file, marker, line, short) => {
    const dir = cutCopy(file, marker);
    await expect(points(planIn(dir), dir)).rejects.toThrow(cutOff(file, line, short));
    await expect(points(planIn(dir), dir, true)).rejects.toThrow(cutOff(file, line, short));
  });

  it('a Teams attendance report (UTF-16, tabs) cut in its last line', async () => {
    const file = `${EXPORTS}/training/Groepstraining voor IT-pilot - Attendance report 1-3-27.csv`;
    const dir = cutCopy(file, 'Jeroen Bakker (External)\t1-3');
    const lines = readFileSync(path.join(dir, file), 'utf16le').split('\r\n');
    await expect(points(planIn(dir), dir)).rejects.toThrow(cutOff(file, lines.length, `has 2 of ${lines.at(-2)!.split('\t').length} cells`));
  });

  it('a Microsoft Forms workbook cut off: its zip lacks its end', async () => {
    const dir = adoptionCopy();
    const file = path.join(dir, `${EXPORTS}/Teams-enquete.xlsx`);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 300));
    await expect(points(planIn(dir), dir, true)).rejects.toThrow(`${EXPORTS}/Teams-enquete.xlsx: the workbook ends before its last part: the file looks cut off; download it again`);
  });
});

describe('a row with fewer cells than the header, in the middle of an export', () => {
  /** The example with row 3 of the 15 March Teams export cut after the user's e-mail, and its line end kept. */
  function splitCopy(): string {
    const dir = adoptionCopy();
    const file = path.join(dir, `${EXPORTS}/TeamsUserActivityUserDetail20270315.csv`);
    const lines = readFileSync(file, 'utf8').split('\r\n');
    lines[2] = lines[2]!.split(',').slice(0, 5).join(',');
    writeFileSync(file, lines.join('\r\n'));
    return dir;
  }
  const problem = `${EXPORTS}/TeamsUserActivityUserDetail20270315.csv:3: this row has 5 of the header's 33 cells, so it has no "Last Activity Date" (a row cut short or split by a line break); download the file again or write in the cells it lacks, empty ones too`;

  it('is a bad row with its line, never a person read as not active', async () => {
    const dir = splitCopy();
    await expect(points(planIn(dir), dir)).rejects.toThrow(new RegExp(`${escape(problem)}, or run with --lenient to skip bad rows$`));
    const report = (await lenientImports(dir)).find((r) => r.file.endsWith('20270315.csv'))!;
    expect([report.skipped, report.problems]).toEqual([1, [expect.stringMatching(new RegExp(`${escape(problem)}$`))]]);
  });

  it('in the roster: exit 2 naming the column it lacks', async () => {
    const dir = adoptionCopy();
    const file = path.join(dir, 'adoption/people.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\r\n([^,\r\n]+,[^,\r\n]+),[^\r\n]+/, '\r\n$1'));
    await expect(points(planIn(dir), dir)).rejects.toThrow(`people.csv:2: this row has 2 of the header's 4 cells, so it has no "Afdeling" (a row cut short or split by a line break); download the file again or write in the cells it lacks, empty ones too`);
  });

  it('in the roster typed by hand: a row without its empty phase at the end is read, as with the cell written', async () => {
    const dir = adoptionCopy((plan) => ((plan.people.columns as Record<string, string>).phase = 'Fase'));
    const file = path.join(dir, 'adoption/people.csv');
    const [header, ...rows] = readFileSync(file, 'utf8').split('\r\n');
    const write = (short: boolean) => writeFileSync(file, [`${header},Fase`, ...rows.map((r, i) => (r === '' || (short && i % 2) ? r : `${r},`))].join('\r\n'));
    write(false);
    const padded = await points(planIn(dir), dir);
    write(true);
    expect(readFileSync(file, 'utf8')).toMatch(/\r\n[^,\r\n]+,[^,\r\n]+,[^,\r\n]+,[^,\r\n]+\r\n/);
    expect(await points(planIn(dir), dir)).toEqual(padded);
  });

  it('is read as before when it lacks only columns no one reads', async () => {
    const dir = adoptionCopy();
    const file = path.join(dir, `${EXPORTS}/tickets-export-2027-03.csv`);
    const before = await points(planIn(dir), dir);
    // The last column, Agent, left out of every row: the Created date and Category are all there.
    const lines = readFileSync(file, 'utf8').split('\r\n');
    writeFileSync(file, lines.map((line, i) => (i === 0 ? line : line.replace(/,[^,]*$/, ''))).join('\r\n'));
    expect((await points(planIn(dir), dir)).points).toEqual(before.points);
  });
});
