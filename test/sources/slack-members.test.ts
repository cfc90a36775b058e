import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { errorsOf, ROOT, tempDir } from '../helpers.js';
import { planIn, points, type Point } from './support.js';

/** A 9-person firm's roster and two of Slack's Members exports, as Slack names and writes them. */
const FIXTURE = path.join(ROOT, 'test/fixtures/slack-members');
const MAR30 = 'exports/De Linde Member Analytics Prior 30 Days - Mar 30, 2027.csv';
const MAR16 = 'exports/De Linde Member Analytics Prior 30 Days - Mar 16, 2027.csv';

/** A copy of the fixture with its source changed by `change`, and its files by `files`. */
function copy(change: (source: Record<string, unknown>) => void = () => {}, files: (dir: string) => void = () => {}): string {
  const dir = tempDir();
  cpSync(FIXTURE, dir, { recursive: true });
  const plan = parse(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')) as { sources: Record<string, unknown>[] };
  change(plan.sources[0]!);
  writeFileSync(path.join(dir, 'rollout.yaml'), stringify(plan));
  files(dir);
  return dir;
}

const series = (all: Point[], scope = '') => all.filter((p) => p.scope === scope).map(({ date, value, rows }) => [date, value, rows]);

describe("Slack's Members export: one row per member for a window, its day in the file name", () => {
  it('gives each phase, group and location the share of its roster people active in the 7 days up to the day each file names', async () => {
    const { points: all, warnings } = await points(planIn(FIXTURE), FIXTURE);
    // Mar 16 (active: last active after Mar 9): Eva (16) and Jan (15), not Sanne (5); nobody in Buitendienst;
    // Daan (11) in Amersfoort, where Lotte and Noor have no row yet. 3 of 9.
    // Mar 30 (after Mar 23): the whole office; Fatima (28) but not Pieter (22) or Kees (never signed in);
    // Lotte (30) in Amersfoort, whose total lacks Daan, deactivated on Mar 12, and has Noor without a row. 5 of 9 - 1.
    expect(series(all, 'kantoor')).toEqual([
      ['2027-03-16', 66.6667, 3],
      ['2027-03-30', 100, 3],
    ]);
    expect(series(all, 'buitendienst')).toEqual([
      ['2027-03-16', 0, 3],
      ['2027-03-30', 33.3333, 3],
    ]);
    expect(series(all, 'amersfoort')).toEqual([
      ['2027-03-16', 33.3333, 1],
      ['2027-03-30', 50, 1],
    ]);
    expect(series(all)).toEqual([
      ['2027-03-16', 33.3333, 7],
      ['2027-03-30', 62.5, 7],
    ]);
    expect(series(all, 'Utrecht')).toEqual([
      ['2027-03-16', 33.3333, 6],
      ['2027-03-30', 66.6667, 6],
    ]);
    // The guest is not in the roster; the former employee, deactivated, is what exclude: is for.
    expect(warnings).toEqual(['sources[0]: 1 account in the export is not in the roster test/fixtures/slack-members/people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on Email (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)']);
  });

  it('takes the report day from asOf: YYYY-MM-DD for a file named otherwise', async () => {
    const dir = copy(
      (s) => {
        s.file = 'exports/members.csv';
        s.asOf = '2027-03-30';
      },
      (d) => renameSync(path.join(d, MAR30), path.join(d, 'exports/members.csv')),
    );
    expect(series((await points(planIn(dir), dir)).points)).toEqual([['2027-03-30', 62.5, 7]]);
  });

  it('counts active on Days active above 0 instead, for active: in the window the export covers', async () => {
    const dir = copy((s) => {
      delete s.lastActive;
      s.active = 'Days active';
    });
    // Mar 30: the 6 with a row other than Kees were active in the 30 days (Pieter on 3 of them); Noor has no row; Daan is deactivated. 6 of 8.
    expect(series((await points(planIn(dir), dir)).points).at(-1)).toEqual(['2027-03-30', 75, 7]);
  });

  it('warns when members were last active after the day asOf gives: the export is from a later day', async () => {
    const dir = copy((s) => {
      s.file = MAR30;
      s.asOf = '2027-03-27';
    });
    const { warnings } = await points(planIn(dir), dir);
    // Jan (Mar 29), Eva and Lotte (Mar 30); Fatima's Mar 28 may be a UTC date of the evening of the 27th.
    expect(warnings).toContain(
      'sources[0]: 3 rows have a Last active (UTC) more than a day after 2027-03-27, the day sources[0].asOf gives the export, so the export is from a later day; set asOf to the last day it covers, or asOf: filename to read it from the file name',
    );
  });

  it('warns when a file is named with a day before its data', async () => {
    const dir = copy(
      (s) => (s.file = 'exports/* - Mar 20, 2027.csv'),
      (d) => renameSync(path.join(d, MAR30), path.join(d, MAR30.replace('Mar 30', 'Mar 20'))),
    );
    const { points: all, warnings } = await points(planIn(dir), dir);
    expect(series(all)[0]![0]).toBe('2027-03-20');
    // After Mar 21: Eva, Jan, Sanne, Pieter, Fatima and Lotte; the guest is no roster person, Daan is excluded.
    expect(warnings).toContain('sources[0]: 6 rows have a Last active (UTC) more than a day after the day in the name of its file, so the export is from a later day; name the file with the last day it covers, as Slack does');
  });

  it('leaves a deactivated member out of the total with exclude: { Deactivated date (UTC): "*" }, and counts them without it', async () => {
    const dir = copy((s) => delete s.exclude);
    const { points: all, warnings } = await points(planIn(dir), dir);
    // Daan counts as not active; the deactivated former employee is now one more stranger.
    expect(series(all, 'amersfoort').at(-1)).toEqual(['2027-03-30', 33.3333, 2]);
    expect(warnings[0]).toMatch(/^sources\[0\]: 2 accounts in the export are not in the roster/);
  });

  it('excludes by a value with * for any text: the guests, whatever kind', async () => {
    const dir = copy((s) => (s.exclude = { 'Account type': '*guest', 'Deactivated date (UTC)': '*' }));
    const { warnings } = await points(planIn(dir), dir);
    expect(warnings).toEqual([]);
  });

  it('stops at the file, line and column of a month name that is not one, with no one named', async () => {
    const dir = copy(
      () => {},
      (d) => {
        const file = path.join(d, MAR30);
        writeFileSync(file, readFileSync(file, 'utf8').replace('"Mar 29, 2027","Mar 29, 2027"', '"Mrz 29, 2027","Mar 29, 2027"'));
      },
    );
    await expect(points(planIn(dir), dir)).rejects.toThrow(
      /Mar 30, 2027\.csv:3:18: date names no month: the word in it is not a month name \(Jan to Dec or January to December, in English or Dutch\); correct it in the export, or run with --lenient to skip bad rows$/,
    );
  });

  it('stops on a file whose name has no date when asOf: filename, naming the plan key', async () => {
    const dir = copy(
      () => {},
      (d) => renameSync(path.join(d, MAR16), path.join(d, 'exports/De Linde Member Analytics (1).csv')),
    );
    await expect(points(planIn(dir), dir)).rejects.toThrow(
      /^sources\[0\]\.asOf: the name of \S+exports\/De Linde Member Analytics \(1\)\.csv has no date, which sources\[0\]\.asOf: filename takes as the day the export reports; keep the name Slack gives the export \(it ends with the window's last day, such as "Prior 30 Days - Mar 30, 2027"\), or set sources\[0\]\.asOf: YYYY-MM-DD$/,
    );
  });

  it('reads asOf: filename from a name the coordinator wrote day-first, and stops on one that reads both ways, naming the file', async () => {
    const renamed = (to: string) => copy(
      (s) => (s.file = 'exports/*.csv'),
      (d) => {
        renameSync(path.join(d, MAR30), path.join(d, `exports/${to}`));
        renameSync(path.join(d, MAR16), path.join(d, 'exports/De Linde Member Analytics 16-03-2027.csv'));
      },
    );
    const dir = renamed('De Linde Member Analytics 30-03-2027.csv');
    expect(series((await points(planIn(dir), dir)).points)).toEqual(series((await points(planIn(FIXTURE), FIXTURE)).points));
    const doubt = renamed('De Linde Member Analytics 03-04-2027.csv');
    await expect(points(planIn(doubt), doubt)).rejects.toThrow(
      /^\S+exports\/De Linde Member Analytics 03-04-2027\.csv: the date "03-04-2027" in its name, the day the export reports \(sources\[0\]\.asOf: filename\), reads both day-first \(3 April\) and month-first \(4 March\): rename the file with the date year-first \(2027-04-03 or 2027-03-04\), or, when the export's own dates are written day-first or month-first too, say which with sources\[0\]\.dateFormat: dd-mm-yyyy or sources\[0\]\.dateFormat: mm-dd-yyyy\S*$/,
    );
  });

  it('stops when nobody is in the roster, counting only the accounts exclude: keeps', async () => {
    const dir = copy(
      () => {},
      (d) => writeFileSync(path.join(d, 'people.csv'), readFileSync(path.join(d, 'people.csv'), 'utf8').replaceAll('@delinde.example', '@elders.example')),
    );
    // 10 accounts: the former employee is deactivated in both exports; Daan only in the later one.
    await expect(points(planIn(dir), dir)).rejects.toThrow(
      /^sources\[0\]\.person: none of the 9 accounts in \S+exports\/De Linde Member Analytics .+\.csv and 1 other file \(besides 1 that sources\[0\]\.exclude leaves out\) are in the roster \S+people\.csv; check that people\.columns\.person names the column with the same ids as Email$/,
    );
  });
});

describe('asOf in the plan', () => {
  const plan = (source: Record<string, unknown>) => ({
    version: 1,
    tool: { name: 'Slack' },
    organization: { name: 'a', headcount: 9 },
    start: '2027-03-01',
    phases: [{ id: 'all', name: 'All', audience: 'all', weeks: 2 }],
    people: { file: 'people.csv', columns: { person: 'E-mail' } },
    sources: [{ file: 'exports/*.csv', kind: 'activity', person: 'Email', lastActive: 'Last active (UTC)', ...source }],
  });
  const said = (source: Record<string, unknown>) => errorsOf(plan(source)).map((e) => `${e.path}: ${e.message}`);

  it.each(['2027-03-30', 'filename'])('takes %s', (asOf) => {
    expect(said({ asOf })).toEqual([]);
  });

  it.each(['2027-02-30', '30-03-2027', 'Mar 30, 2027', 'file name'])('says %s is no report day', (asOf) => {
    expect(said({ asOf })).toEqual([
      "sources[0].asOf: expected a date written YYYY-MM-DD (the last day the export covers) or filename (the last date in each file's name, as Slack names its Members export)",
    ]);
  });

  it('says a date column and asOf are one too many, and neither is one too few', () => {
    expect(said({ asOf: '2027-03-30', date: 'Last active (UTC)' })).toEqual(['sources[0].asOf: give either date (a column with the report day of each row) or asOf (the report day of an export without one), not both']);
    expect(said({})).toEqual([
      "sources[0].date: is required: the column with the report day of each row; for an export without one (Slack's Members export), write asOf: YYYY-MM-DD or asOf: filename",
    ]);
  });

  it('is for activity exports alone', () => {
    expect(errorsOf({ ...plan({}), sources: [{ file: 'x.csv', kind: 'events', asOf: '2027-03-30', date: 'Created', metric: 'x' }] }).map((e) => e.path)).toEqual(['sources[0].asOf']);
  });
});

it("the README's Slack Members section gives the source the fixture reads", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Slack Members export'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
  const fixture = parse(readFileSync(path.join(FIXTURE, 'rollout.yaml'), 'utf8')) as { sources: unknown[] };
  expect(parse(block)).toEqual(fixture.sources);
});

it('the fixture is what Slack writes: a BOM, quoted dates with month names, a line break in a quoted cell', () => {
  const text = readFileSync(path.join(FIXTURE, MAR30), 'utf8');
  expect(text.startsWith('\uFEFFName,What I Do,User ID,Username,Display name,Email,Account type,Account created (UTC),Claimed Date (UTC),Deactivated date (UTC),Days active,')).toBe(true);
  expect(text).toContain('"Inkoop\nen voorraad"');
  expect(readdirSync(path.join(FIXTURE, 'exports'))).toHaveLength(2);
});

describe('a Members export of an older day saved under a later day’s name', () => {
  const APR13 = 'exports/De Linde Member Analytics Prior 30 Days - Apr 13, 2027.csv';

  it('byte for byte the same as the report of Mar 30: stops the run, naming both files, rather than read Apr 13 as nobody active', async () => {
    const dir = copy(undefined, (d) => cpSync(path.join(d, MAR30), path.join(d, APR13)));
    await expect(points(planIn(dir), dir)).rejects.toThrow(
      /^sources\[0\]: .*Apr 13, 2027\.csv \(the report of 2027-04-13\) holds the same bytes as .*Mar 30, 2027\.csv \(the report of 2027-03-30\): an older export saved again under a later day's name, so sources\[0\] knows no use of 2027-04-13; export the report of 2027-04-13 again in its place, or remove .*Apr 13, 2027\.csv$/,
    );
  });

  it('saved again by a spreadsheet (other bytes, the same rows): read as it is, with a note that none of its people was active within 7d of its day', async () => {
    const dir = copy(undefined, (d) => writeFileSync(path.join(d, APR13), readFileSync(path.join(d, MAR30), 'utf8').replace(/^\uFEFF/, '').replaceAll('\n', '\r\n')));
    const { points: all, warnings } = await points(planIn(dir), dir);
    expect(series(all).at(-1)).toEqual(['2027-04-13', 0, 7]);
    expect(warnings.filter((w) => w.includes('Apr 13'))).toEqual([
      expect.stringMatching(
        /^sources\[0\]: .*Apr 13, 2027\.csv, the report of 2027-04-13, has none of its 7 roster people active within 7d of that day \(its latest Last active \(UTC\) is 2027-03-30, 14 days before\), while the report of 2027-03-30 had 5 of 7 active; if it is an older export saved under this day's name, export the report of 2027-04-13 again$/,
      ),
    ]);
    // No name, e-mail or id of the export in the note: counts, days and file names only.
    expect(warnings.join('\n')).not.toMatch(/eva|jan@|U07LD/i);
  });

  it('a real report in which some are active, and the first report of all, get no note', async () => {
    const { warnings } = await points(planIn(FIXTURE), FIXTURE);
    expect(warnings.filter((w) => w.includes('none of its'))).toEqual([]);
  });
});
