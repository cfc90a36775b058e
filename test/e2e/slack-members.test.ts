import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

/** A 9-person firm moving to Slack: its roster and two of Slack's Members exports, as Slack names and writes them. */
const FIXTURE = path.join(ROOT, 'test/fixtures/slack-members');
const MAR30 = 'exports/De Linde Member Analytics Prior 30 Days - Mar 30, 2027.csv';

/**
 * Every name, e-mail address, user name and user id in the roster and the exports: none may reach
 * any output. User names of three letters (jan, eva) are words of the messages too ("Jan to Dec");
 * their e-mail addresses are checked.
 */
const personal = [
  ...readFileSync(path.join(FIXTURE, 'people.csv'), 'utf8').split(/\r?\n/).slice(1).flatMap((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).slice(0, 2)),
  ...readdirSync(path.join(FIXTURE, 'exports')).flatMap((f) =>
    readFileSync(path.join(FIXTURE, 'exports', f), 'utf8')
      .split('\n')
      .flatMap((line) => /^("[^"]*"|[^,]*),(?:"[^"]*"|[^,]*),(U\w+),(\w[\w.]*),\w*,([^,]+@[^,]+),/.exec(line)?.slice(1) ?? []),
  ),
]
  .map((v) => v.replace(/^"|"$/g, ''))
  .filter((v) => v.length > 3);

function expectNoPersonalData(text: string): void {
  const lower = text.toLowerCase();
  for (const value of personal) expect(lower).not.toContain(value.toLowerCase());
}

function copy(edit: (dir: string) => void): string {
  const dir = tempDir();
  cpSync(FIXTURE, dir, { recursive: true });
  edit(dir);
  return dir;
}

const editPlan = (dir: string, edit: (text: string) => string) => writeFileSync(path.join(dir, 'rollout.yaml'), edit(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')));
const lineOf = (dir: string, key: string) => readFileSync(path.join(dir, 'rollout.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(key)) + 1;

describe("metrics and gate-check on Slack's Members export", () => {
  it('metrics gives each phase the share of its roster people active on the day each file names', () => {
    const r = run(['metrics', '--at', '2027-03-31', '--format', 'csv'], { cwd: FIXTURE });
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows.filter((l) => /^[\d-]+,active_use_pct,[\d.]+,(kantoor|buitendienst|amersfoort)?,,,\d+$/.test(l))).toEqual([
      '2027-03-16,active_use_pct,33.3333,,,,7',
      '2027-03-30,active_use_pct,62.5,,,,7',
      '2027-03-16,active_use_pct,33.3333,amersfoort,,,1',
      '2027-03-30,active_use_pct,50,amersfoort,,,1',
      '2027-03-16,active_use_pct,0,buitendienst,,,3',
      '2027-03-30,active_use_pct,33.3333,buitendienst,,,3',
      '2027-03-16,active_use_pct,66.6667,kantoor,,,3',
      '2027-03-30,active_use_pct,100,kantoor,,,3',
    ]);
    expect(r.stderr).toBe('rollout: sources[0]: 1 account in the export is not in the roster people.csv and left out; add a colleague\'s account to the roster; one that is no one person\'s (a shared tablet, a meeting room, a service account) belongs in sources[0].exclude, on Email (such as "tablet*"), which leaves it out without this note: the use of a shared account counts for none of the people who share it (see "Shared devices" in the README)\n');
    const table = run(['metrics', '--at', '2027-03-31'], { cwd: FIXTURE });
    expectNoPersonalData(r.stdout + r.stderr + table.stdout + table.stderr);
  });

  it('gate-check pauses the Amersfoort launch: nobody in the field service was active by Mar 16', () => {
    const r = run(['gate-check', '--at', '2027-03-31', '--format', 'json'], { cwd: FIXTURE });
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { decision: string; gates: { id: string; observed: number; status: string }[] };
    expect(json.decision).toBe('pause');
    expect(json.gates.map((g) => [g.id, g.observed, g.status])).toEqual([
      // Due Mar 29, and its newest export is of Mar 16, 13 days before, with none up to Mar 29: not given.
      ['kantoor-active', 66.6667, 'inconclusive'],
      ['buitendienst-go', 0, 'fail'],
      ['amersfoort-active', 50, 'pending'],
    ]);
    const table = run(['gate-check', '--at', '2027-03-31'], { cwd: FIXTURE });
    expect(table.status).toBe(1);
    expectNoPersonalData(r.stdout + r.stderr + table.stdout + table.stderr);
  });

  it('counts a second download of the same export once, and stops on one with other rows', () => {
    const again = (edit: (text: string) => string) =>
      copy((dir) => writeFileSync(path.join(dir, MAR30.replace('.csv', ' (1).csv')), edit(readFileSync(path.join(dir, MAR30), 'utf8'))));
    const same = run(['metrics', '--at', '2027-03-31', '--format', 'csv'], { cwd: again((t) => t) });
    expect(same.status).toBe(0);
    expect(same.stderr).toContain(
      'rollout: sources[0]: exports/De Linde Member Analytics Prior 30 Days - Mar 30, 2027 (1).csv and exports/De Linde Member Analytics Prior 30 Days - Mar 30, 2027.csv both report 2027-03-30 with the same rows; counted once\n',
    );
    const other = run(['metrics', '--at', '2027-03-31'], { cwd: again((t) => t.replace('"Mar 24, 2027","Mar 24, 2027"', '"Mar 12, 2027","Mar 12, 2027"')) });
    expect([other.status, other.stdout]).toEqual([2, '']);
    expect(other.stderr).toMatch(/^rollout: rollout\.yaml:\d+:\d+: exports\/De Linde .*Mar 30, 2027 \(1\)\.csv and .* both report 2027-03-30 with different rows, so one of them is wrong; /);
    expectNoPersonalData(same.stderr + other.stderr);
  });

  it.each([
    [
      'a month name that is not one',
      (dir: string) => writeFileSync(path.join(dir, MAR30), readFileSync(path.join(dir, MAR30), 'utf8').replace('"Mar 28, 2027","Mar 20, 2027"', '"Mrz 28, 2027","Mar 20, 2027"')),
      () => /^rollout: exports\/De Linde Member Analytics Prior 30 Days - Mar 30, 2027\.csv:7:18: date names no month: the word in it is not a month name \(Jan to Dec or January to December, in English or Dutch\); correct it in the export, or run with --lenient to skip bad rows\n$/,
    ],
    [
      'an asOf that is no date',
      (dir: string) => editPlan(dir, (t) => t.replace('asOf: filename', 'asOf: 2027-03-32')),
      (dir: string) =>
        new RegExp(
          `^rollout\\.yaml:${lineOf(dir, 'asOf:')}:11: error sources\\[0\\]\\.asOf: expected a date written YYYY-MM-DD \\(the last day the export covers\\) or filename \\(the last date in each file's name, as Slack names its Members export\\)\\n$`,
        ),
    ],
    [
      'both a date column and asOf',
      (dir: string) => editPlan(dir, (t) => t.replace('    asOf: filename\n', '    asOf: filename\n    date: Last active (UTC)\n')),
      (dir: string) => new RegExp(`^rollout\\.yaml:${lineOf(dir, 'asOf:')}:11: error sources\\[0\\]\\.asOf: give either date \\(a column with the report day of each row\\) or asOf \\(the report day of an export without one\\), not both\\n$`),
    ],
    [
      'the export read as one row a day (kind: daily), which a month-name date no longer stops',
      (dir: string) =>
        editPlan(dir, (t) => t.replace(/ {4}kind: activity\n[\s\S]*?metric: active_use_pct\n/, '    kind: daily\n    date: Last active (UTC)\n    metrics: { active_use_pct: Days active }\n')),
      (dir: string) =>
        new RegExp(
          `^rollout: rollout\\.yaml:${lineOf(dir, 'kind: daily')}:11: sources\\[0\\]\\.kind: daily does not read exports/De Linde Member Analytics Prior 30 Days - Mar 16, 2027\\.csv, Slack's Members export with one row per member for a window \\(it has "Days active" and "Last active \\(UTC\\)"\\); read it as kind: activity with asOf: filename, person: Email and lastActive: Last active \\(UTC\\), in place of date and the metrics\\n$`,
        ),
    ],
    [
      'the export read with a date column (kind: activity, date: Last active (UTC))',
      (dir: string) => editPlan(dir, (t) => t.replace('asOf: filename', 'date: Last active (UTC)')),
      (dir: string) =>
        new RegExp(
          `^rollout: rollout\\.yaml:${lineOf(dir, 'date: Last active')}:11: sources\\[0\\]\\.date: exports/De Linde Member Analytics Prior 30 Days - Mar 16, 2027\\.csv, Slack's Members export with one row per member for a window \\(it has "Days active" and "Last active \\(UTC\\)"\\), has no report day per row; write asOf: filename, person: Email and lastActive: Last active \\(UTC\\) in place of date: Last active \\(UTC\\)\\n$`,
        ),
    ],
  ])('refuses %s with one line and exit 2', (_, edit, message) => {
    const dir = copy(edit);
    for (const command of ['metrics', 'gate-check']) {
      const r = run([command, '--at', '2027-03-31'], { cwd: dir });
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toMatch(message(dir));
      expectNoPersonalData(r.stderr);
    }
  });
});

describe('gate-check on a Members export of an older day saved under a later day’s name', () => {
  const APR13 = 'exports/De Linde Member Analytics Prior 30 Days - Apr 13, 2027.csv';

  it('refuses to judge that day when the file is byte for byte an earlier report: exit 2, both files named, no one', () => {
    const dir = copy((d) => cpSync(path.join(d, MAR30), path.join(d, APR13)));
    const r = run(['gate-check', '--at', '2027-04-13'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`rollout: rollout.yaml:${lineOf(dir, '- file:')}:`);
    expect(r.stderr).toContain(`${APR13} (the report of 2027-04-13) holds the same bytes as ${MAR30} (the report of 2027-03-30)`);
    expectNoPersonalData(`${r.stdout}${r.stderr}`);
    // A check of a day before the copy judges as before.
    expect(run(['gate-check', '--at', '2027-04-01'], { cwd: dir }).status).not.toBe(2);
  });

  it('notes a re-saved copy (other bytes) in which nobody is active within 7 days of its day', () => {
    const dir = copy((d) => writeFileSync(path.join(d, APR13), readFileSync(path.join(d, MAR30), 'utf8').replaceAll('\n', '\r\n')));
    const r = run(['metrics', '--at', '2027-04-13', '--format', 'csv'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2027-04-13,active_use_pct,0,,,,7');
    expect(r.stderr).toContain(`rollout: sources[0]: ${APR13}, the report of 2027-04-13, has none of its 7 roster people active within 7d of that day (its latest Last active (UTC) is 2027-03-30, 14 days before), while the report of 2027-03-30 had 5 of 7 active`);
    expectNoPersonalData(`${r.stdout}${r.stderr}`);
  });
});
