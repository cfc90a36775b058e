import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, example, ROOT, tempDir } from '../helpers.js';
import { twoLocations } from '../bosland.js';

interface Step {
  id?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const check = action.runs.steps.find((s) => s.id === 'check')!;

/**
 * Runs the action's `check` step as the runner would: its env with `${{ inputs.* }}` filled in from
 * the given inputs or the defaults, the built tool as the `tool` step's output, and the files the
 * runner provides for outputs and the job summary.
 */
function runCheck(inputs: Record<string, string>, workspace: string, cli = BIN) {
  const expression = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      const input = /^inputs\.([\w-]+)$/.exec(expr);
      if (input) return inputs[input[1]!] ?? action.inputs[input[1]!]?.default ?? '';
      if (expr === 'steps.tool.outputs.cli') return cli;
      throw new Error(`no value for \${{ ${expr} }} in this test`);
    });
  const stepEnv = Object.fromEntries(Object.entries(check.env ?? {}).map(([k, v]) => [k, expression(v)]));
  const runner = tempDir();
  const files = { GITHUB_OUTPUT: path.join(runner, 'output'), GITHUB_STEP_SUMMARY: path.join(runner, 'summary') };
  const result = spawnSync('bash', ['-e', '-c', check.run!], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, ...stepEnv, ...files, GITHUB_ACTION_PATH: ROOT, NO_COLOR: '1' },
  });
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const outputs = Object.fromEntries(read(files.GITHUB_OUTPUT).split('\n').filter(Boolean).map((l) => l.split('=', 2) as [string, string]));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, outputs, summary: read(files.GITHUB_STEP_SUMMARY) };
}

/** A repository as a user has it: the plan at the top, the day's exports in metrics/. */
function workspace(plan = readFileSync(example('enterprise.yaml'), 'utf8')): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'rollout.yaml'), plan);
  mkdirSync(path.join(dir, 'metrics'));
  copyFileSync(path.join(ROOT, 'examples', 'metrics', 'enterprise.csv'), path.join(dir, 'metrics', 'teams-usage.csv'));
  return dir;
}

describe('the GitHub Action', () => {
  it('is a composite action whose step gets every input through its environment', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['plan', 'metrics', 'at', 'format', 'fail-on', 'lang', 'junit']);
    for (const name of Object.keys(action.inputs)) {
      expect(check.env?.[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    }
    expect(action.outputs.decision!.value).toBe('${{ steps.check.outputs.decision }}');
    expect(action.outputs['current-phase']!.value).toBe('${{ steps.check.outputs.current-phase }}');
  });

  it('builds the tool from its own checkout, never fetching a package by name', () => {
    const commands = action.runs.steps.map((step) => step.run ?? '').join('\n');
    expect(commands).toContain('npm ci');
    expect(commands).not.toMatch(/npm (install|i|view|exec)\b|npx /);
  });

  it('reads the plan\'s sources when metrics is left out', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), readFileSync(example('adoption.yaml'), 'utf8'));
    cpSync(example('adoption'), path.join(dir, 'adoption'), { recursive: true });
    const r = runCheck({ at: '2027-03-29', 'fail-on': 'never', lang: 'en' }, dir);
    // studio-active, guarding the switch-off, failed that day on the exports: it holds the switch-off.
    expect([r.status, r.outputs.decision]).toEqual([0, 'pause']);
    expect(r.summary).toMatch(/^### Rollout gate check: pause\n/);
    expect(r.summary).toContain('switch-off (Switch off Slack, due 2027-04-12) waits: studio-active failed (major → pause)');
  });

  it('takes a file whose name has spaces on a line of its own', () => {
    const dir = workspace();
    renameSync(path.join(dir, 'metrics', 'teams-usage.csv'), path.join(dir, 'metrics', 'Teams usage (1).csv'));
    const r = runCheck({ metrics: 'metrics/Teams usage (1).csv\n', at: '2027-03-15', 'fail-on': 'never' }, dir);
    expect([r.status, r.outputs.decision, r.stderr]).toEqual([0, 'pause', '']);
  });

  it('reads a path written with Windows backslashes, a file or a pattern, as the same files', () => {
    for (const metrics of ['metrics\\teams-usage.csv', 'metrics\\*.csv']) {
      const r = runCheck({ metrics, at: '2027-03-15', 'fail-on': 'never' }, workspace());
      expect([r.status, r.outputs.decision, r.stderr]).toEqual([0, 'pause', '']);
    }
  });

  it('on a pause: annotations in the log, outputs, the summary, and a failed step', () => {
    const r = runCheck({ metrics: 'metrics/*.csv', at: '2027-03-15' }, workspace());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::warning file=rollout\.yaml,line=\d+,title=Gate paramaribo-active failed \(major%2C report only\)/m);
    expect(r.outputs).toEqual({ decision: 'pause', 'current-phase': 'georgetown' });
    // The plan's first language is Dutch.
    expect(r.summary).toMatch(/^### Toetsing van de invoering: pauzeren\n/);
    expect(r.summary).toContain('| paramaribo-active | paramaribo | wekelijks actieve gebruikers | 76,5 |');
    const english = runCheck({ metrics: 'metrics/*.csv', at: '2027-03-15', lang: 'en' }, workspace());
    expect(english.summary).toMatch(/^### Rollout gate check: pause\n/);
    expect(english.summary).toContain('| paramaribo-active | paramaribo | weekly active users | 76.5 |');
    expect(r.stderr).toContain('the decision is pause; failing the step (fail-on: pause)');
  });

  it('checks once: the log, the outputs and one summary come from the same run', () => {
    // The tool behind a script that counts its runs.
    const dir = tempDir();
    const cli = path.join(dir, 'counted.cjs');
    writeFileSync(cli, `require('node:fs').appendFileSync(${JSON.stringify(path.join(dir, 'runs'))}, 'run\\n'); require(${JSON.stringify(BIN)});\n`);
    for (const format of ['github', 'text', 'json', 'junit', 'markdown']) {
      const r = runCheck({ metrics: 'metrics/*.csv', at: '2027-03-15', lang: 'en', format }, workspace(), cli);
      expect([format, r.status, r.outputs]).toEqual([format, 1, { decision: 'pause', 'current-phase': 'georgetown' }]);
      expect(r.summary.match(/^### Rollout gate check: pause$/gm)).toHaveLength(1);
    }
    expect(readFileSync(path.join(dir, 'runs'), 'utf8')).toBe('run\n'.repeat(5));
  });

  it('lets a pause pass with fail-on rollback or never, with the same outputs', () => {
    for (const failOn of ['rollback', 'never']) {
      const r = runCheck({ metrics: 'metrics/teams-usage.csv', at: '2027-03-15', 'fail-on': failOn, format: 'text' }, workspace());
      expect([r.status, r.outputs.decision]).toEqual([0, 'pause']);
      expect(r.stdout).toContain('Besluit: pauzeren');
    }
  });

  it('fails on a rollback with fail-on rollback, and not with never', () => {
    const plan = readFileSync(example('enterprise.yaml'), 'utf8').replace(/(id: georgetown-go-no-go,.*severity: )major/, '$1critical');
    const rollback = runCheck({ metrics: 'metrics/*.csv', at: '2027-03-15', 'fail-on': 'rollback' }, workspace(plan));
    expect([rollback.status, rollback.outputs.decision]).toEqual([3, 'rollback']);
    expect(runCheck({ metrics: 'metrics/*.csv', at: '2027-03-15', 'fail-on': 'never' }, workspace(plan)).status).toBe(0);
  });

  it('fails with exit 2 and no outputs on input it cannot use, whatever fail-on says', () => {
    const dir = workspace();
    const missing = runCheck({ metrics: 'exports/*.csv', 'fail-on': 'never' }, dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/metrics names no files \("exports\/\*\.csv"\)/);
    const badPlan = runCheck({ plan: 'nope.yaml', metrics: 'metrics/*.csv', 'fail-on': 'never' }, dir);
    expect([badPlan.status, badPlan.outputs, badPlan.summary]).toEqual([2, {}, '']);
    expect(badPlan.stderr).toMatch(/nope\.yaml/);
    const badFailOn = runCheck({ metrics: 'metrics/*.csv', 'fail-on': 'sometimes' }, dir);
    expect(badFailOn.status).toBe(2);
    expect(badFailOn.stderr).toContain('fail-on must be pause, rollback or never, not "sometimes"');
  });

  it('names the input and its values when one is wrong, never a CLI option', () => {
    const dir = workspace();
    const wrong = (inputs: Record<string, string>) => {
      const r = runCheck({ metrics: 'metrics/*.csv', 'fail-on': 'never', ...inputs }, dir);
      expect([r.status, r.stdout, r.outputs, r.summary]).toEqual([2, '', {}, '']);
      expect(r.stderr).not.toMatch(/--|option/);
      return r.stderr;
    };
    expect(wrong({ format: 'xml' })).toBe('rollout: the input format must be github, text, markdown, json or junit, not "xml"\n');
    expect(wrong({ format: 'jsonl' })).toContain('the input format must be github, text, markdown, json or junit, not "jsonl"');
    expect(wrong({ lang: 'fr' })).toBe('rollout: the input lang must be en or nl, not "fr"; leave it empty for the plan\'s first language\n');
    for (const at of ['15-03-2027', '2027-02-30', '2300-01-01']) {
      expect(wrong({ at })).toBe(`rollout: the input at must be a date written YYYY-MM-DD between 1970-01-01 and 2200-12-31, not "${at}"; leave it empty for today in the plan's time zone\n`);
    }
    expect(wrong({ plan: 'plans/rollout.yaml' })).toBe('rollout: the input plan names no file ("plans/rollout.yaml"); give the plan\'s path in the repository, e.g. rollout.yaml\n');
  });

  it('writes the JUnit XML for a test reporter, whatever the log shows, replacing the file of an earlier run', () => {
    const dir = workspace();
    const xml = spawnSync(process.execPath, [BIN, 'gate-check', '--metrics', 'metrics/teams-usage.csv', '--at', '2027-03-15', '--format', 'junit'], { cwd: dir, encoding: 'utf8' }).stdout;
    expect(xml).toMatch(/^<\?xml[^]*<testcase classname="rollout\.gates\./);
    const report = path.join(dir, 'reports', 'gates.xml');
    mkdirSync(path.dirname(report));
    writeFileSync(report, xml.replace('2027-03-15', '2027-03-08'));
    const r = runCheck({ metrics: 'metrics/*.csv', at: '2027-03-15', 'fail-on': 'never', junit: 'reports/gates.xml' }, dir);
    expect([r.status, r.outputs.decision]).toEqual([0, 'pause']);
    expect(r.stdout).toMatch(/^::warning file=rollout\.yaml/m);
    expect(readFileSync(report, 'utf8')).toBe(xml);
  });

  it('never writes the JUnit XML over a file that is not a JUnit report of rollout', () => {
    const dir = workspace();
    const plan = readFileSync(path.join(dir, 'rollout.yaml'), 'utf8');
    for (const junit of ['rollout.yaml', 'metrics/teams-usage.csv']) {
      const before = readFileSync(path.join(dir, junit), 'utf8');
      const r = runCheck({ metrics: 'metrics/*.csv', at: '2027-03-15', 'fail-on': 'never', junit }, dir);
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `rollout: the input junit names ${junit}, which is not a JUnit report of rollout; name a new file, such as reports/rollout-gates.xml\n`]);
      expect(readFileSync(path.join(dir, junit), 'utf8')).toBe(before);
    }
    expect(readFileSync(path.join(dir, 'rollout.yaml'), 'utf8')).toBe(plan);
  });

  it('leaves no report of an earlier run when this run stops on input it cannot use', () => {
    const dir = workspace();
    const inputs = { metrics: 'metrics/*.csv', 'fail-on': 'never', junit: 'gates.xml' };
    const report = path.join(dir, 'gates.xml');
    expect(runCheck({ ...inputs, at: '2027-03-15' }, dir).status).toBe(0);
    expect(readFileSync(report, 'utf8')).toContain('<testsuite name="gates as of 2027-03-15"');
    // The next export was cut off: the report says so, in place of last week's gates.
    const usage = path.join(dir, 'metrics', 'teams-usage.csv');
    writeFileSync(usage, `${readFileSync(usage, 'utf8')}22-03-2027;active_use_pct`);
    const broken = runCheck({ ...inputs, at: '2027-03-22' }, dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^rollout: metrics\/teams-usage\.csv:\d+: this last row has 2 of \d+ cells, with no line end: the file looks cut off; download it again\n$/);
    const xml = readFileSync(report, 'utf8');
    expect(xml).toMatch(/<testcase classname="rollout\.input" name="input">\n {6}<error message="metrics\/teams-usage\.csv:\d+: this last row has 2 of \d+ cells, with no line end: the file looks cut off; download it again" type="input">/);
    expect(xml).not.toContain('gates as of');
    // The run's page says why too: an annotation on the export's line, and a summary without a verdict.
    expect(broken.stdout).toMatch(/^::error file=metrics\/teams-usage\.csv,line=\d+,title=Gates not checked%3A input that cannot be used::metrics\/teams-usage\.csv:\d+: this last row has 2 of \d+ cells/);
    expect(broken.summary).toMatch(/^### Rollout gate check: gates not checked\n\n- metrics\/teams-usage\.csv:\d+: this last row has 2 of \d+ cells[^\n]*\n\nThe check stopped on input it cannot use \(exit 2\): no gate was judged\./);
    expect(broken.outputs).toEqual({});
    // An input the step itself refuses removes the last report.
    expect(runCheck({ ...inputs, at: '22-03-2027' }, dir).status).toBe(2);
    expect(existsSync(report)).toBe(false);
  });
  it("on a go/no-go's due day, the last run before the launch, a failure fails the step with pause", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), twoLocations());
    writeFileSync(path.join(dir, 'metrics.csv'), 'date,metric,value,phase\n2027-04-09,active_use_pct,30,paramaribo\n2027-04-16,active_use_pct,40,paramaribo\n');
    const friday = runCheck({ metrics: 'metrics.csv', at: '2027-04-16' }, dir);
    expect([friday.status, friday.outputs]).toEqual([1, { decision: 'pause', 'current-phase': 'paramaribo' }]);
    expect(friday.stdout).toContain('Decision: pause (exit 1): launch of Brownsweg on 2027-04-19 waits: paramaribo-go-no-go failed (major → pause); only an export dated up to 2027-04-16 still counts\n');
    expect(friday.summary).toMatch(/^### Toetsing van de invoering: pauzeren\n/);
    expect(friday.summary).toContain('de start van Brownsweg op 2027-04-19 wacht op: paramaribo-go-no-go niet gehaald (ernstig → pauzeren); alleen een export met een datum tot en met 2027-04-16 telt nog mee');
    // Thursday, the day before: not due yet, so said ahead, and the step is green.
    const thursday = runCheck({ metrics: 'metrics.csv', at: '2027-04-15' }, dir);
    expect([thursday.status, thursday.outputs.decision]).toEqual([0, 'continue']);
    // Passed on Friday: nothing waits.
    writeFileSync(path.join(dir, 'metrics.csv'), 'date,metric,value,phase\n2027-04-16,active_use_pct,70,paramaribo\n');
    expect(runCheck({ metrics: 'metrics.csv', at: '2027-04-16' }, dir).outputs).toEqual({ decision: 'continue', 'current-phase': 'paramaribo' });
  });

  it("leaves current-phase empty when no phase runs, and the README's step still reads right", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'rollout.yaml'), twoLocations('rollback: { on: 2027-04-28, reason: no mobile network, only: { location: Brownsweg } }\n'));
    writeFileSync(path.join(dir, 'metrics.csv'), 'date,metric,value,phase\n2027-04-16,active_use_pct,80,paramaribo\n2027-04-23,active_use_pct,30,brownsweg\n');
    const r = runCheck({ metrics: 'metrics.csv', at: '2027-04-29', 'fail-on': 'rollback' }, dir);
    expect([r.status, r.outputs]).toEqual([0, { decision: 'pause', 'current-phase': '' }]);
    // The README's example step, with the outputs filled in as the runner's expressions do.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const step = /- if: steps\.gates\.outputs\.decision == 'pause'\n\s+run: \|\n\s+echo "([^"]*)"/.exec(readme)![1]!;
    const filled = step.replace(/\$\{\{\s*steps\.gates\.outputs\.([\w-]+)(?:\s*\|\|\s*'([^']*)')?\s*\}\}/g, (_, name: string, otherwise = '') => r.outputs[name] || otherwise);
    expect(filled).toBe('Paused (current phase: none); see the job summary.');
  });
});
