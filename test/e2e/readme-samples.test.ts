import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ROOT, removeTempDirs, run, tempDir } from '../helpers.js';

afterAll(removeTempDirs);

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The lines the README shows under `$ command` in a code block, without the `...` that stand for lines left out. */
function shownUnder(command: string): string[] {
  const start = readme.indexOf(`$ ${command}\n`);
  expect(start, `the README shows ${command}`).toBeGreaterThan(-1);
  const block = readme.slice(start, readme.indexOf('```', start)).split('\n').slice(1, -1);
  return block.filter((line) => line !== '...');
}

describe('output samples in the README', () => {
  it('rollout metrics: the header and the rows of 29 March, as the table prints them', () => {
    const out = run(['metrics', '--plan', 'examples/adoption.yaml', '--at', '2027-03-29']);
    expect(out.status).toBe(0);
    const printed = out.stdout.split('\n');
    for (const line of shownUnder('rollout metrics --plan examples/adoption.yaml --at 2027-03-29')) expect(printed).toContain(line);
  });

  it('every YAML block parses as YAML, so what is copied from it (a workflow, a plan fragment) is read as shown', () => {
    const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)];
    expect(blocks.length).toBeGreaterThan(20);
    const broken = blocks.flatMap((m) => parseAllDocuments(m[1]!).flatMap((d) => d.errors.map((e) => `README.md:${readme.slice(0, m.index).split('\n').length + e.linePos![0].line}: ${e.message.split('\n')[0]}`)));
    expect(broken).toEqual([]);
  });

  it('rollout validate: the errors of a plan with a misspelt key and a date that does not exist', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), 'version: 1\ntool:\n  nmae: Teamchat\norganization: { name: Acme, headcount: 40 }\nstart: 2027-02-30\n');
    const out = run(['validate'], { cwd: dir });
    expect(out.status).toBe(1);
    expect(out.stderr.trimEnd().split('\n')).toEqual(shownUnder('rollout validate'));
  });

  it('the gate example of gates[] validates in a plan of the custom preset, with no warning at the gate', () => {
    const dir = tempDir();
    const gates = /```yaml\n(gates:\n[^`]*)```/.exec(readme)![1]!;
    const plan = 'version: 1\ntool: { name: Teamchat }\norganization:\n  name: Acme\n  headcount: 40\n  locations:\n    - { name: Paramaribo, timezone: America/Paramaribo, headcount: 30 }\n    - { name: Georgetown, timezone: America/Guyana, headcount: 10 }\nstart: 2027-01-04\n';
    writeFileSync(path.join(dir, 'rollout.yaml'), plan + gates);
    const out = run(['validate', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(out.stdout) as { valid: boolean; warnings: { path: string; message: string }[] };
    expect(report.valid).toBe(true);
    expect(report.warnings.filter((w) => w.path.startsWith('gates'))).toEqual([]);
  });

  it("rollout what-if: the README's examples on the enterprise plan run as written, and each shows something that moves or goes", () => {
    const block = /## rollout what-if\n\n```\n([^`]*)```/.exec(readme)![1]!;
    const examples = block.split('\n').filter((line) => line.includes('--plan examples/'));
    expect(examples).toHaveLength(4);
    for (const line of examples) {
      const out = run([...line.split(' ').slice(1), '--lang', 'en']);
      expect([line, out.status]).toEqual([line, 0]);
      expect(out.stdout).toMatch(/ \+\d+ days? |\(gone\)/);
    }
  });

  describe('templates', () => {
    /** A plan as `rollout init --dir plan` writes it, with its templates folder, in a folder of its own. */
    function planWithTemplates(): string {
      const dir = tempDir();
      expect(run(['init', '--dir', 'plan', '--preset', 'small', '--start', '2027-03-01'], { cwd: dir }).status).toBe(0);
      return dir;
    }
    const launchDay = (dir: string) => path.join(dir, 'plan/templates/checklists/launch-day.en.hbs');

    it('an edited copy of a built-in that changed since: the warning validate gives', () => {
      const dir = planWithTemplates();
      writeFileSync(launchDay(dir), `${readFileSync(launchDay(dir), 'utf8').replace(/version [0-9a-f]{12}/, 'version 0123456789ab')}- [ ] Coffee for the pilot\n`);
      const [warning] = shownUnder('rollout validate --plan plan/rollout.yaml');
      expect(run(['validate', '--plan', 'plan/rollout.yaml'], { cwd: dir }).stderr.split('\n')).toContain(warning);
    });

    it.each([
      ['a variable the plan does not provide', 'checklists/launch-day.en.hbs', '{{phase.nmae}}'],
      ['a phase in an email to all staff', 'emails/weekly-update.en.hbs', 'Phase: {{phase.name}}'],
    ])('%s: the error render-emails stops with', (_, template, written) => {
      const dir = planWithTemplates();
      const file = path.join(dir, 'plan/templates', template);
      const lines = readFileSync(file, 'utf8').split('\n');
      lines[2] = `${written}${lines[2]}`;
      writeFileSync(file, lines.join('\n'));
      const error = new RegExp(`^rollout: plan/templates/${template.replaceAll('.', '\\.')}:3:\\d+: .*$`, 'm').exec(readme)![0];
      const out = run(['render-emails', '--plan', 'plan/rollout.yaml', '--lang', 'en'], { cwd: dir });
      expect(out.status).toBe(2);
      expect(out.stderr.split('\n')).toContain(error);
    });
  });
});
