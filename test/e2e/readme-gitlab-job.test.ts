import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fakeGraph } from '../fake-graph.js';
import { BIN, example, ROOT, tempDir } from '../helpers.js';
import { parseJunit } from '../junit-xml.js';

// The README's GitLab CI job, run as GitLab's runner runs it: its variables from the CI/CD
// variables, before_script and script in one bash with -e and pipefail, in a clone that holds the
// plan and the vendored tarball but, as the README's .gitignore wants, neither roster nor exports.
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([^`]*)```/g)].map((m) => m[1]!);

interface Job {
  rules: { if: string }[];
  variables: Record<string, string>;
  before_script: string[];
  script: string[];
  allow_failure: { exit_codes: number[] };
  artifacts: { when: string; reports: { junit: string } };
}

const found = yamlBlocks.filter((b) => b.startsWith('rollout-gates:'));
const job = (parse(found[0] ?? '') as { 'rollout-gates': Job })['rollout-gates'];
const download = job.before_script.find((line) => line.includes('fetch()'))!;

const TARBALL = './vendor/rollout-plan-0.1.0.tgz';
const CI_VARIABLES = { M365_TENANT_ID: 'tenant', M365_CLIENT_ID: 'client', M365_CLIENT_SECRET: 'secret', M365_SITE_ID: 'site' };
const hasJq = spawnSync('jq', ['--version']).status === 0;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The JUnit report GitLab uploads, if the job wrote one. */
  report?: string;
  downloaded: string[];
}

/**
 * Runs the job on `day` in a fresh clone of a repository holding examples/adoption.yaml (reading
 * people.csv and exports/), against a SharePoint folder `Rollout` holding the example's roster and
 * exports. npm installs the built tool; the clock stands at `day`, as on that Monday's schedule.
 */
function runJob(day: string, options: { planAdds?: string; sharepoint?: string; failing?: string[] } = {}): Run {
  const clone = tempDir();
  const plan = readFileSync(example('adoption.yaml'), 'utf8').replaceAll('adoption/exports/', 'exports/').replace('file: adoption/people.csv', 'file: people.csv');
  writeFileSync(path.join(clone, 'rollout.yaml'), plan + (options.planAdds ?? ''));
  mkdirSync(path.join(clone, 'vendor'));
  writeFileSync(path.join(clone, TARBALL), '');
  const drive = `https://graph.microsoft.com/v1.0/sites/${CI_VARIABLES.M365_SITE_ID}/drive`;
  const graph = fakeGraph(tempDir(), options.sharepoint ?? example('adoption'), { tenant: CI_VARIABLES.M365_TENANT_ID, drive, failing: options.failing });
  const tool = `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@" --at ${day}\n`;
  const npm = [
    '#!/bin/bash',
    `[ "$*" = "install --no-save --no-audit --no-fund ${TARBALL}" ] && [ -f ${TARBALL} ] || { echo "npm: not the README's install: $*" >&2; exit 1; }`,
    `mkdir -p node_modules/.bin && printf '%s' '${tool}' > node_modules/.bin/rollout && chmod +x node_modules/.bin/rollout`,
  ];
  writeFileSync(path.join(graph.bin, 'npm'), `${npm.join('\n')}\n`);
  // jq is the machine's own: the image's apt-get has nothing to do.
  writeFileSync(path.join(graph.bin, 'apt-get'), '#!/bin/sh\nexit 0\n');
  for (const name of ['npm', 'apt-get']) chmodSync(path.join(graph.bin, name), 0o755);
  const variables = Object.fromEntries(Object.entries(job.variables).map(([k, v]) => [k, v.replace(/\$(\w+)/g, (_, name: keyof typeof CI_VARIABLES) => CI_VARIABLES[name])]));
  const env = { ...process.env, ...CI_VARIABLES, ...variables, PATH: `${graph.bin}:${process.env.PATH}`, NO_COLOR: '1' };
  const r = spawnSync('bash', ['-eo', 'pipefail', '-c', [...job.before_script, ...job.script].join('\n')], { cwd: clone, env, encoding: 'utf8' });
  const report = path.join(clone, job.artifacts.reports.junit);
  const downloaded = graph.calls().filter((url) => url.startsWith('https://download.') || url.endsWith(':/content'));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, report: existsSync(report) ? readFileSync(report, 'utf8') : undefined, downloaded };
}

describe("the README's GitLab CI job", () => {
  it('runs on the schedule with its secrets from CI/CD variables, allows only a pause, and uploads the report the check saves, whatever the exit', () => {
    expect(found).toHaveLength(1);
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
    expect(Object.values(job.variables).every((v) => /\$M365_[A-Z_]+/.test(v))).toBe(true);
    expect(job.allow_failure.exit_codes).toEqual([1]);
    expect(job.artifacts.when).toBe('always');
    // One run writes the report, also on exit 2: never standard output sent to the file.
    const check = job.script.filter((line) => line.includes('rollout gate-check'));
    expect(check).toEqual([`./node_modules/.bin/rollout gate-check --save-junit ${job.artifacts.reports.junit} --force`]);
    expect(job.script.join('\n')).not.toMatch(/--format junit|>/);
    // The download is the GitHub Action step's, which test/e2e/readme-exports-in-ci.test.ts runs too, with -e and pipefail set by itself.
    const github = yamlBlocks.find((b) => b.includes('Download the roster and exports'))!;
    const githubRun = (parse(github) as { run?: string }[]).find((s) => s.run !== undefined)!.run!;
    expect(download.replace(/^set -eo pipefail.*\n/, '')).toBe(githubRun);
    const bash = spawnSync('bash', ['-n'], { input: download, encoding: 'utf8' });
    expect([bash.status, bash.stderr]).toEqual([0, '']);
  });

  it.skipIf(!hasJq)('downloads the roster and exports, and passes on a Monday the rollout continues: exit 0, no failed test', () => {
    const r = runJob('2027-03-22');
    expect(r.status).toBe(0);
    // The example's notes of accounts not in the roster, by count; nothing from the download.
    expect(r.stderr.split('\n').filter(Boolean).every((line) => line.startsWith('rollout: sources['))).toBe(true);
    expect(r.stdout).toContain('Besluit: doorgaan (exitcode 0)'); // the plan's first language
    expect(r.downloaded).toHaveLength(1 + 13);
    const report = parseJunit(r.report!);
    expect(report.totals.failures).toBe(0);
    expect(report.cases.map((c) => c.classname)).not.toContain('rollout.decision');
  });

  it.skipIf(!hasJq)('shows a pause held by the switch-off as a failed test that says why: exit 1, which the job allows', () => {
    const r = runJob('2027-04-12');
    expect(r.status).toBe(1);
    expect(job.allow_failure.exit_codes).toContain(r.status);
    const failed = parseJunit(r.report!).cases.filter((c) => c.status === 'failure');
    expect(failed.map((c) => [c.classname, c.name])).toEqual([['rollout.decision', 'pause'], ['rollout.gates.studio', 'studio-active']]);
    expect(failed[0]!.message).toMatch(/^Decision: pause \(exit 1\): switch-off \([^)]*, due 2027-04-12\) waits: active_use_pct is 28\.6 in the lowest of the parts started/);
    expect(failed[0]!.text).toContain(failed[0]!.message!);
  });

  it.skipIf(!hasJq)('fails on a rollback the plan records, the failed test giving its reason: exit 3', () => {
    const r = runJob('2027-04-12', { planAdds: 'rollback:\n  on: 2027-04-12\n  reason: "the branch could not reach Teams for a week"\n' });
    expect(r.status).toBe(3);
    expect(job.allow_failure.exit_codes).not.toContain(r.status);
    const decision = parseJunit(r.report!).cases.find((c) => c.classname === 'rollout.decision');
    expect(decision).toMatchObject({ name: 'rollback', status: 'failure', message: expect.stringContaining('the branch could not reach Teams for a week') });
  });

  it.skipIf(!hasJq)('fails on an export cut off in the download, the report holding that error as its one test: exit 2', () => {
    const sharepoint = tempDir();
    cpSync(example('adoption'), sharepoint, { recursive: true });
    const cut = path.join(sharepoint, 'exports', 'TeamsUserActivityUserDetail20270322.csv');
    const lines = readFileSync(cut, 'utf8').trimEnd().split('\n');
    writeFileSync(cut, [...lines.slice(0, -1), lines.at(-1)!.split(',').slice(0, 2).join(',')].join('\n'));
    const r = runJob('2027-03-22', { sharepoint });
    expect(r.status).toBe(2);
    expect(job.allow_failure.exit_codes).not.toContain(r.status);
    const report = parseJunit(r.report!);
    expect(report.totals).toEqual({ tests: 1, failures: 0, errors: 1, skipped: 0 });
    const error = report.cases[0]!;
    expect([error.classname, error.message]).toEqual(['rollout.input', expect.stringMatching(/^exports\/TeamsUserActivityUserDetail20270322\.csv:\d+: .*cut off/)]);
    expect(r.stderr).toContain(`rollout: ${error.message}`);
  });

  it.skipIf(!hasJq)('fails at the download when a file cannot be had, before the check reads anything', () => {
    const r = runJob('2027-03-22', { failing: ['exports/training/aanwezigheid-training-nickerie.csv'] });
    expect(r.status).toBe(22);
    expect(r.stderr).toContain('curl: (22) The requested URL returned error: 404');
    expect([r.stdout, r.report]).toEqual(['', undefined]);
  });
});
