import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

/** The example of a firm that reads its tools' exports, copied where a test may write. */
function adoption(): string {
  const dir = tempDir();
  cpSync(example('adoption.yaml'), path.join(dir, 'rollout.yaml'));
  cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
  return dir;
}

const check = (dir: string, ...more: string[]) => run(['gate-check', '--at', '2027-03-29', '--format', 'json', ...more], { cwd: dir });

describe('gate-check --save-junit, --save-json and --summary', () => {
  it('never write over the plan, the roster or an export, not even with --force', () => {
    const dir = adoption();
    const refused: [string, string, string][] = [
      ['--save-junit', 'rollout.yaml', 'the plan'],
      ['--save-json', './adoption/../rollout.yaml', 'the plan'],
      ['--save-junit', 'adoption/people.csv', 'the roster (people.file)'],
      ['--summary', 'adoption/exports/TeamsUserActivityUserDetail20270322.csv', 'an export the plan reads (sources[0].file)'],
    ];
    for (const [option, file, what] of refused) {
      const before = readFileSync(path.join(dir, file));
      const r = check(dir, option, file, '--force');
      expect([r.status, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toContain(`rollout: ${option} names ${file}, which is ${what}; nothing was written. Name a new file, such as reports/rollout-gates.`);
      expect(readFileSync(path.join(dir, file))).toEqual(before);
    }
    writeFileSync(path.join(dir, 'usage.csv'), 'date,metric,value\n2027-03-29,active_use_pct,80\n');
    const metrics = check(dir, '--metrics', 'usage.csv', '--save-junit', 'usage.csv', '--force');
    expect([metrics.status, metrics.stderr]).toEqual([2, expect.stringContaining('--save-junit names usage.csv, which is a metrics export (--metrics)')]);
    expect(readFileSync(path.join(dir, 'usage.csv'), 'utf8')).toBe('date,metric,value\n2027-03-29,active_use_pct,80\n');
  });

  it('write nothing when one of them exists and --force is not given', () => {
    const dir = adoption();
    writeFileSync(path.join(dir, 'gates.xml'), 'kept\n');
    const r = check(dir, '--save-json', 'result.json', '--save-junit', 'gates.xml');
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', expect.stringMatching(/rollout: gates\.xml already exists; nothing was written\. Use --force to overwrite\n$/)]);
    expect(existsSync(path.join(dir, 'result.json'))).toBe(false);
    expect(readFileSync(path.join(dir, 'gates.xml'), 'utf8')).toBe('kept\n');
  });

  it('a check that stops on bad input replaces the last JUnit report with that one error, and no other file', () => {
    const dir = adoption();
    // Judged: a pause, as studio-active, failed that day, holds the switch-off.
    expect(check(dir, '--save-junit', 'gates.xml').status).toBe(1);
    const report = path.join(dir, 'gates.xml');
    expect(readFileSync(report, 'utf8')).toContain('<testsuite name="gates as of 2027-03-29"');
    // The next week's download stopped inside a survey answer.
    const survey = path.join(dir, 'adoption', 'exports', 'Teams survey (Responses) - Form Responses 1.csv');
    writeFileSync(survey, `${readFileSync(survey, 'utf8')}"2027-03-29 10:00:00","Great, th`);
    const broken = check(dir, '--save-junit', 'gates.xml', '--force');
    expect(broken.status).toBe(2);
    const error = /^rollout: (.*)\n$/.exec(broken.stderr.split(/(?<=\n)/).at(-1)!)![1]!;
    expect(error).toMatch(/Form Responses 1\.csv:\d+: this last row ends inside a quoted cell, with no line end: the file looks cut off; download it again$/);
    const xml = readFileSync(report, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="rollout gate-check" tests="1" failures="0" errors="1" skipped="0">\n/);
    expect(xml).toContain(`<error message="${error}" type="input">`);
    expect(xml).not.toContain('gates as of');
    // Without --force the last report stays, as the refusal says; a file of another kind is never replaced.
    writeFileSync(report, 'notes\n');
    expect(check(dir, '--save-junit', 'gates.xml', '--force').status).toBe(2);
    expect(readFileSync(report, 'utf8')).toBe('notes\n');
    const fresh = check(dir, '--save-junit', 'new/gates.xml');
    expect([fresh.status, readFileSync(path.join(dir, 'new', 'gates.xml'), 'utf8')]).toEqual([2, expect.stringContaining('this last row ends inside a quoted cell')]);
  });

  it('an invalid plan gives its first error in the report', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), 'version: 1\norganization: [\n');
    const r = run(['gate-check', '--metrics', 'm.csv', '--save-junit', 'gates.xml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(readFileSync(path.join(dir, 'gates.xml'), 'utf8')).toMatch(/<error message="rollout\.yaml:\d+:\d+: error /);
  });
});
