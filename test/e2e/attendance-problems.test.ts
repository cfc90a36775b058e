import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { adoptionCopy } from '../sources/support.js';
import { attendanceCopy, outsidersOnly, teamsBytes, teamsReport } from '../sources/attendance-files.js';

const NAME = 'adoption/exports/training/Training - Attendance report 8-3-27.csv';

/** A copy of the example with one more attendance file, and `metrics` run on it. */
function metricsWith(bytes: Buffer, ...options: string[]) {
  const dir = adoptionCopy();
  writeFileSync(path.join(dir, NAME), bytes);
  return run(['metrics', '--at', '2027-03-29', '--format', 'csv', ...options], { cwd: dir });
}

describe('an attendance report that cannot be read as it is', () => {
  it('with nothing but blank lines (a download that failed): exit 2, naming the file and what to do', () => {
    const r = metricsWith(teamsBytes([[''], ['']]));
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`rollout: ${NAME}:1: the file is empty; download it again from the meeting's Attendance tab in Teams (or give a sign-in sheet with a header row)\n`);
  });

  it('with a time in the meeting that is no time: exit 2 at its line and column; --lenient skips the row and counts the others', () => {
    const report = teamsBytes(
      teamsReport('8-3-2027 09:00:00', [
        ['Mangal, Harold', '8-3-2027 09:02:11', '8-3-2027 10:30:00', 'lang', 'harold.mangal@kaiteur.example'],
        ['Dwarka, Amit', '8-3-2027 09:02:11', '8-3-2027 10:30:00', '1h 27m 49s', 'amit.dwarka@kaiteur.example'],
      ]),
    );
    const strict = metricsWith(report);
    expect([strict.status, strict.stdout]).toEqual([2, '']);
    expect(strict.stderr).toBe(`rollout: ${NAME}:10:4: the time in the meeting is no time such as 1h 5m 20s; correct it in the export, or run with --lenient to skip bad rows\n`);
    const lenient = metricsWith(report, '--lenient');
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain(`rollout: skipped 1 bad row (--lenient):\n  ${NAME}:10:4: the time in the meeting is no time such as 1h 5m 20s\n`);
    // The branch's one person trained that day, counted; nobody named.
    expect(lenient.stdout).toContain('2027-03-08,training_completion_pct,14.2857,nickerie,,,1\r\n');
    expect(lenient.stdout + lenient.stderr).not.toMatch(/dwarka|mangal/i);
  });
});
describe('a sign-in sheet typed in without a column it needs', () => {
  const neither = 'this is no Teams attendance report, and no sign-in sheet the plan describes';
  it.each([
    ['the day of each row', 'Wie,Naam\r\n', `no column with the day of each row (such as Date or Datum): ${neither}; set sources[5].date to the column that has it`],
    ['who attended', 'Datum,Handtekening\r\n08-03-2027,ja\r\n', `no column with who attended (such as Email or Name): ${neither}; set sources[5].person to the column with each person's e-mail address or name`],
  ])('without %s: exit 2 at its header, saying which key of the plan names it', (_, text, problem) => {
    const r = metricsWith(Buffer.from(text));
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `rollout: ${NAME}:1:1: ${problem}\n`]);
  });
});

describe('attendance reports of nobody on the roster', () => {
  it('stop with exit 2 at the plan’s sources[0].person, naming one report and no participant', () => {
    const dir = attendanceCopy({ person: 'Email' });
    outsidersOnly(dir);
    const lines = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('person: Email')) + 1;
    const column = lines[line - 1]!.indexOf('Email') + 1;
    const r = run(['metrics', '--at', '2027-03-29', '--format', 'csv'], { cwd: dir });
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `rollout: rollout.yaml:${line}:${column}: none of the 3 participants in adoption/exports/training/Training - Attendance report 8-3-27.csv and 1 other file is in the roster adoption/people.csv; ` +
        "check that people.columns.person names the same ids (e-mail addresses) as the files' Email column\n",
    );
    expect(r.stderr).not.toMatch(/bhola|nijman|kenneth|bureau/i);
  });
});
