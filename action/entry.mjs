// The step of the GitHub Action (action.yml): runs `rollout gate-check`, shows the chosen format in
// the log, sets the outputs `decision` and `current-phase`, writes the markdown report to the job
// summary, and fails the step on the decisions `fail-on` names. Input that cannot be used always
// fails it (exit 2). The inputs arrive as INPUT_* variables, mapped in action.yml.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
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

// Paths or shell patterns, one a line (or separated by spaces when on one line), expanded as bash
// expands file names: the value is only split and matched, never run.
const expand = 'if [[ $INPUT_METRICS == *$\'\\n\'* ]]; then IFS=$\'\\n\'; fi; printf "%s\\0" $INPUT_METRICS';
const globbed = spawnSync('bash', ['-O', 'nullglob', '-O', 'globstar', '-c', expand], { encoding: 'utf8', env: { PATH: env.PATH, INPUT_METRICS: input('METRICS') } });
const metrics = globbed.stdout.split('\0').filter(Boolean);
if (metrics.length === 0) fail(`the input metrics names no files ("${input('METRICS')}"); give the metrics CSV exports, e.g. metrics/*.csv`);

const args = ['gate-check', '--plan', input('PLAN', 'rollout.yaml'), '--metrics', ...metrics];
if (input('AT')) args.push('--at', input('AT'));
if (input('LANG')) args.push('--lang', input('LANG'));
const gateCheck = (format, stdio) => spawnSync(process.execPath, [cli, ...args, '--format', format], { stdio, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

// The log: annotations with the default format `github`.
const shown = gateCheck(input('FORMAT', 'github'), 'inherit');
if (!(shown.status in DECISIONS)) process.exit(shown.status ?? 70);

const json = gateCheck('json', ['ignore', 'pipe', 'inherit']);
const markdown = gateCheck('markdown', ['ignore', 'pipe', 'inherit']);
if (json.status !== shown.status || markdown.status !== shown.status) fail('gate-check gave different decisions for the same input', 70);
const result = JSON.parse(json.stdout);

if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `decision=${result.decision}\ncurrent-phase=${result.currentPhase ?? ''}\n`);
if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown.stdout.endsWith('\n') ? markdown.stdout : `${markdown.stdout}\n`);

if (FAILING[failOn].includes(result.decision)) {
  process.stderr.write(`rollout: the decision is ${result.decision}; failing the step (fail-on: ${failOn})\n`);
  process.exit(shown.status);
}
