// The step of the GitHub Action (action.yml): runs `rollout gate-check` once, which shows the chosen
// format in the log and appends the markdown report to the job summary; sets the outputs `decision`
// and `current-phase` from its JSON result, and fails the step on the decisions `fail-on` names. Input that cannot be used always
// fails it (exit 2). The inputs arrive as INPUT_* variables, mapped in action.yml. The build bundles
// it into action/dist/entry.mjs, with what it shares with the tool from src/: how a JUnit report of
// gate-check is told from other files, and the dates it takes.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isGateReport } from '../src/reporters/gates/junit-file.js';
import { FIRST_DATE, inDateRange, isIsoDate, LAST_DATE } from '../src/util/dates.js';
import { slashed } from '../src/util/plan-path.js';

const env = process.env;
/** An input's value, trimmed; `fallback` when it is empty. */
const input = <T extends string | undefined>(name: string, fallback: T): string | T => (env[`INPUT_${name}`] ?? '').trim() || fallback;
// From the bundle in action/dist/.
const cli = env.ROLLOUT_CLI || fileURLToPath(new URL('../../bin/rollout.cjs', import.meta.url));

/** Which decisions fail the step. */
const FAILING: Record<string, string[]> = { pause: ['pause', 'rollback'], rollback: ['rollback'], never: [] };
/** gate-check's exit codes for its decisions. */
const DECISIONS: Record<number, string> = { 0: 'continue', 1: 'pause', 3: 'rollback' };

// The file the workflow's test reporter reads. A self-hosted runner keeps the last run's: an input
// this step refuses removes it, and a check that stops on bad input replaces it with that error.
const junit = input('JUNIT', undefined);
const junitFile = junit === undefined ? undefined : statSync(junit, { throwIfNoEntry: false });
const lastReport = junit !== undefined && junitFile?.isFile() === true && isGateReport(junit);
if (junitFile?.isFile() && !lastReport) {
  fail(`the input junit names ${junit}, which is not a JUnit report of rollout; name a new file, such as reports/rollout-gates.xml`);
}

function fail(message: string, code = 2): never {
  if (lastReport) rmSync(junit!, { force: true });
  process.stderr.write(`rollout: ${message}\n`);
  process.exit(code);
}

/** `a, b or c`. */
const either = (values: string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
/** An input that takes one of a few words: said in the workflow's terms, not the CLI's options. */
function oneOf<T extends string | undefined>(name: string, values: string[], fallback: T, empty = ''): string | T {
  const value = input(name.toUpperCase().replace(/-/g, '_'), fallback);
  if (value !== undefined && !values.includes(value)) fail(`the input ${name} must be ${either(values)}, not "${value}"${empty}`);
  return value;
}

const failOn = oneOf('fail-on', Object.keys(FAILING), 'pause');
const format = oneOf('format', ['github', 'text', 'markdown', 'json', 'junit'], 'github');
const lang = oneOf('lang', ['en', 'nl'], undefined, "; leave it empty for the plan's first language");
const at = input('AT', undefined);
if (at !== undefined && !(isIsoDate(at) && inDateRange(at))) fail(`the input at must be a date written YYYY-MM-DD between ${FIRST_DATE} and ${LAST_DATE}, not "${at}"; leave it empty for today in the plan's time zone`);
// A `\` separates folders as `/` does, as in the plan's own paths (a path copied from Windows Explorer).
const plan = slashed(input('PLAN', 'rollout.yaml'));
if (!existsSync(plan)) fail(`the input plan names no file ("${plan}"); give the plan's path in the repository, e.g. rollout.yaml`);

// Paths or shell patterns, one a line (a name with spaces needs a line of its own: `metrics: |`),
// or separated by spaces when on one line; expanded as bash expands file names: the value is only
// split and matched, never run. Left empty, the plan's own `sources:` are the data. A `\` is a
// folder's `/`, never an escape: `exports\*.csv` matches the files in exports.
const rawMetrics = slashed(env.INPUT_METRICS ?? '');
const expand = 'if [[ $INPUT_METRICS == *$\'\\n\'* ]]; then IFS=$\'\\n\'; fi; printf "%s\\0" $INPUT_METRICS';
const globbed = spawnSync('bash', ['-O', 'nullglob', '-O', 'globstar', '-c', expand], { encoding: 'utf8', env: { PATH: env.PATH, INPUT_METRICS: rawMetrics.trim() === '' ? '' : rawMetrics } });
const metrics = globbed.stdout
  .split('\0')
  .map((name) => name.trim())
  .filter(Boolean);
if (input('METRICS', undefined) && metrics.length === 0) fail(`the input metrics names no files ("${input('METRICS', undefined)}"); give the metrics CSV exports, e.g. metrics/*.csv, or leave it out when the plan reads its exports under sources:`);

const args = ['gate-check', '--plan', plan, ...(metrics.length ? ['--metrics', ...metrics] : [])];
if (at) args.push('--at', at);
if (lang) args.push('--lang', lang);
if (junit) args.push('--save-junit', junit, '--force');
// One check gives all three: the log in the chosen format (annotations with the default `github`),
// the result as JSON for the outputs, and the markdown report for the job summary.
const runner = mkdtempSync(path.join(env.RUNNER_TEMP || tmpdir(), 'rollout-'));
const saved = path.join(runner, 'result.json');
args.push('--format', format, '--save-json', saved);
if (env.GITHUB_STEP_SUMMARY) args.push('--summary', env.GITHUB_STEP_SUMMARY);
const shown = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
const result = shown.status !== null && shown.status in DECISIONS ? JSON.parse(readFileSync(saved, 'utf8')) : undefined;
rmSync(runner, { recursive: true, force: true });
if (!result) process.exit(shown.status ?? 70);

if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `decision=${result.decision}\ncurrent-phase=${result.currentPhase ?? ''}\n`);

if (FAILING[failOn]!.includes(result.decision)) {
  process.stderr.write(`rollout: the decision is ${result.decision}; failing the step (fail-on: ${failOn})\n`);
  process.exit(shown.status);
}
