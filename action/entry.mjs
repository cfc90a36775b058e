// The step of the GitHub Action (action.yml): runs `rollout gate-check` once, which shows the chosen
// format in the log and appends the markdown report to the job summary; sets the outputs `decision`
// and `current-phase` from its JSON result, and fails the step on the decisions `fail-on` names. Input that cannot be used always
// fails it (exit 2). The inputs arrive as INPUT_* variables, mapped in action.yml.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const env = process.env;
const input = (name, fallback = '') => (env[`INPUT_${name}`] ?? '').trim() || fallback;
const cli = env.ROLLOUT_CLI || fileURLToPath(new URL('../bin/rollout.cjs', import.meta.url));

/** Which decisions fail the step. */
const FAILING = { pause: ['pause', 'rollback'], rollback: ['rollback'], never: [] };
/** gate-check's exit codes for its decisions. */
const DECISIONS = { 0: 'continue', 1: 'pause', 3: 'rollback' };

function fail(message, code = 2) {
  process.stderr.write(`rollout: ${message}\n`);
  process.exit(code);
}

const failOn = input('FAIL_ON', 'pause');
if (!(failOn in FAILING)) fail(`the input fail-on must be pause, rollback or never, not "${failOn}"`);

// Paths or shell patterns, one a line (a name with spaces needs a line of its own: `metrics: |`),
// or separated by spaces when on one line; expanded as bash expands file names: the value is only
// split and matched, never run. Left empty, the plan's own `sources:` are the data.
const rawMetrics = env.INPUT_METRICS ?? '';
const expand = 'if [[ $INPUT_METRICS == *$\'\\n\'* ]]; then IFS=$\'\\n\'; fi; printf "%s\\0" $INPUT_METRICS';
const globbed = spawnSync('bash', ['-O', 'nullglob', '-O', 'globstar', '-c', expand], { encoding: 'utf8', env: { PATH: env.PATH, INPUT_METRICS: rawMetrics.trim() === '' ? '' : rawMetrics } });
const metrics = globbed.stdout
  .split('\0')
  .map((name) => name.trim())
  .filter(Boolean);
if (input('METRICS') && metrics.length === 0) fail(`the input metrics names no files ("${input('METRICS')}"); give the metrics CSV exports, e.g. metrics/*.csv, or leave it out when the plan reads its exports under sources:`);

const args = ['gate-check', '--plan', input('PLAN', 'rollout.yaml'), ...(metrics.length ? ['--metrics', ...metrics] : [])];
if (input('AT')) args.push('--at', input('AT'));
if (input('LANG')) args.push('--lang', input('LANG'));
// One check gives all three: the log in the chosen format (annotations with the default `github`),
// the result as JSON for the outputs, and the markdown report for the job summary.
const runner = mkdtempSync(path.join(env.RUNNER_TEMP || tmpdir(), 'rollout-'));
const saved = path.join(runner, 'result.json');
args.push('--format', input('FORMAT', 'github'), '--save-json', saved);
if (env.GITHUB_STEP_SUMMARY) args.push('--summary', env.GITHUB_STEP_SUMMARY);
const shown = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
const result = shown.status in DECISIONS ? JSON.parse(readFileSync(saved, 'utf8')) : undefined;
rmSync(runner, { recursive: true, force: true });
if (!result) process.exit(shown.status ?? 70);

if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `decision=${result.decision}\ncurrent-phase=${result.currentPhase ?? ''}\n`);

if (FAILING[failOn].includes(result.decision)) {
  process.stderr.write(`rollout: the decision is ${result.decision}; failing the step (fail-on: ${failOn})\n`);
  process.exit(shown.status);
}
