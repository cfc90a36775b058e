import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';

/** A firm's repository: the plan in plans/, a Microsoft Forms survey saved as CSV by Dutch Excel. */
function repository(plan: string): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'plans', 'exports'), { recursive: true });
  writeFileSync(path.join(dir, 'plans', 'rollout.yaml'), plan);
  writeFileSync(path.join(dir, 'plans', 'people.csv'), '\uFEFFE-mail;Afdeling\r\nanjali@kaiteur.example;IT pilot\r\nbas@kaiteur.example;IT pilot\r\n');
  writeFileSync(
    path.join(dir, 'plans', 'exports', 'enquete.csv'),
    '\uFEFFId;Begintijd;Tijd van voltooien;E-mail;Naam;Hoe tevreden bent u over Teams? (1-10)\r\n' +
      '1;12-1-2027 09:02:11;12-1-2027 09:04:40;anjali@kaiteur.example;Anjali Ramdin;8\r\n' +
      '2;13-1-2027 10:15:03;13-1-2027 10:17:52;bas@kaiteur.example;Bas Kromo;"acht, denk ik"\r\n',
  );
  return dir;
}

const PLAN = `version: 1
tool: { name: Microsoft Teams }
organization:
  name: Kaiteur
  headcount: 2
  locations: [{ name: Paramaribo, timezone: America/Paramaribo }]
  groups: [{ name: IT pilot, headcount: 2, kind: pilot, location: Paramaribo }]
start: 2027-01-11
phases: [{ id: pilot, name: IT pilot, audience: { groups: [IT pilot] }, weeks: 2 }]
people: { file: people.csv, columns: { person: E-mail, group: Afdeling } }
sources:
  - { file: exports/enquete.csv, kind: responses, date: Begintijd, dateFormat: d-m-yyyy, person: E-mail, metrics: { satisfaction: "Hoe tevreden*" } }
gates:
  - { id: tevredenheid, phase: pilot, scope: organization, metric: satisfaction, aggregate: mean, threshold: 7, within: 2w, minSamples: 2 }
`;

describe('a check that stops on input it cannot use, in CI', () => {
  const check = (dir: string, args: string[], env: Record<string, string> = {}) =>
    run(['gate-check', '-p', 'plans/rollout.yaml', '--at', '2027-01-25', ...args], { cwd: dir, env: { GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'), ...env } });

  it('annotates the bad cell of an export and says in the job summary that no gate was judged', () => {
    const dir = repository(PLAN);
    const r = check(dir, ['--format', 'github']);
    expect(r.status).toBe(2);
    // The third line of the file, sixth column; the path as the repository has it, for GitHub to find.
    const message = 'plans/exports/enquete.csv:3:6: the satisfaction answer is not a number; correct it in the export, or run with --lenient to skip bad rows';
    expect(r.stderr).toBe(`rollout: ${message}\n`);
    expect(r.stdout).toBe(`::error file=plans/exports/enquete.csv,line=3,col=6,title=Gates not checked%3A input that cannot be used::${message}\n`);
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toBe(
      `### Rollout gate check: gates not checked\n\n- ${message}\n\nThe check stopped on input it cannot use (exit 2): no gate was judged. Fix what is named above and run the check again.\n`,
    );
    expect(r.stdout + readFileSync(path.join(dir, 'summary.md'), 'utf8')).not.toMatch(/Bas|Kromo|bas@/);
  });

  it('annotates the file an error names without a line', () => {
    const dir = repository(PLAN);
    writeFileSync(path.join(dir, 'plans', 'exports', 'enquete.csv'), '');
    const r = check(dir, ['--format', 'github']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^rollout: plans\/exports\/enquete\.csv: [^\n]+\n$/);
    expect(r.stdout).toBe(`::error file=plans/exports/enquete.csv,title=Gates not checked%3A input that cannot be used::${r.stderr.slice('rollout: '.length, -1)}\n`);
  });

  it('annotates the line of the plan whose source matches no file once the export is due', () => {
    const dir = repository(PLAN.replace('file: exports/enquete.csv', 'file: exports/enquete*.csv'));
    rmSync(path.join(dir, 'plans', 'exports', 'enquete.csv'));
    const r = check(dir, ['--format', 'github']);
    const message = 'plans/rollout.yaml:12:13: "exports/enquete*.csv" matches no file in plans/exports; it is due from 2027-01-25, when gate tevredenheid, which reads satisfaction, is due; download the answers there (a form with no answers yet downloads as a CSV with only its header row, read as no answers) or correct sources[0].file';
    expect([r.status, r.stderr]).toEqual([2, `rollout: ${message}\n`]);
    expect(r.stdout).toBe(`::error file=plans/rollout.yaml,line=12,col=13,title=Gates not checked%3A input that cannot be used::${message}\n`);
  });

  it('annotates each error of the plan on its line, and gives the summary in Dutch with --lang nl', () => {
    const dir = repository(PLAN.replace('minSamples: 2', 'minSample: 2'));
    const r = check(dir, ['--format', 'github', '--lang', 'nl']);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^::error file=plans\/rollout\.yaml,line=14,col=\d+,title=Gates not checked%3A input that cannot be used::plans\/rollout\.yaml:14:\d+: error gates\[0\]\.minSample: unknown key "minSample" \(did you mean "minSamples"\?\)\n$/);
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toMatch(/^### Toetsing van de invoering: niet getoetst\n\n- plans\/rollout\.yaml:14:\d+: error [^\n]*\n\nDe toetsing stopte op invoer die niet te gebruiken is \(exitcode 2\): geen toetsmoment is beoordeeld\./);
  });

  it('writes no summary into a file --summary names that the check refused, and nothing on stdout in text', () => {
    const dir = repository(PLAN);
    const plan = readFileSync(path.join(dir, 'plans', 'rollout.yaml'), 'utf8');
    const refused = check(dir, ['--format', 'github', '--summary', 'plans/rollout.yaml']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--summary names plans/rollout.yaml, which is the plan; nothing was written');
    expect(readFileSync(path.join(dir, 'plans', 'rollout.yaml'), 'utf8')).toBe(plan);
    const text = check(dir, ['--format', 'text'], { GITHUB_STEP_SUMMARY: '' });
    expect([text.status, text.stdout]).toEqual([2, '']);
  });
});
