// gate-check and report on generated long exports (1M and 3M rows), each as a ratio against a
// baseline measured in the same run: mawk computing the same daily means per metric and group
// (the aggregation gate-check does), and gate-check itself for report. Paired runs in turns,
// medians; peak RSS from GNU time, CPU time (user + system, all threads) from the shell's `times`.
// report against gate-check is the median of each round's ratio, in wall and in CPU time: on a
// busy machine the wall time of one run swings by more than the 5% the goal allows.
// Goals: gate-check 1M <= 3x mawk and < 100 MB; 3M < 130 MB; report 1M <= 1.05x gate-check.
// The report's fixed work (its modules, the schedule, the page, the file) is timed on a 10,000-row
// export of the same days, metrics and groups: what it adds to gate-check there, over gate-check's
// CPU time on 1M rows, is the floor of the 1M ratio.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExport } from './bench-lib.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'rollout.cjs');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PLAN = path.join(ROOT, 'examples', 'growing-team.yaml');
const AT = '2027-05-31';

/** The same reading and grouping in mawk: a mean per day, metric and group. */
const AWK = 'NR > 1 { k = $1 FS $2 FS $4; s[k] += $3; n[k]++ } END { for (k in s) m += s[k] / n[k]; print m }';

/**
 * Wall seconds, CPU seconds and peak RSS in MB of one run. GNU time gives the peak memory; the
 * shell's `times` the CPU time of its children to the millisecond (GNU time rounds to 10 ms).
 */
const TIMED = '/usr/bin/time -f "BENCH %M" "$@"; status=$?; times >&2; exit $status';
function measure([command, ...args], allowed = [0]) {
  const start = performance.now();
  const result = spawnSync('bash', ['-c', TIMED, 'bench', command, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = (performance.now() - start) / 1000;
  if (result.error || /time: No such file|command not found/.test(result.stderr)) throw new Error(`GNU time is needed for peak memory: ${result.error?.message ?? result.stderr}`);
  if (!allowed.includes(result.status)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rss = /BENCH (\d+)/.exec(result.stderr);
  // The second line of `times`: user and system time of the children, as 0m0.352s.
  const [user, system] = [...(result.stderr.trim().split('\n').at(-1) ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return { wall, cpu: user + system, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of several commands run in turns, so that a busy spell weighs on all alike; `runs` keeps every round. */
function paired(commands) {
  const runs = commands.map(() => []);
  for (let r = 0; r < ROUNDS; r++) commands.forEach(({ argv, allowed }, i) => runs[i].push(measure(argv, allowed)));
  return runs.map((rs) => ({ wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)), rssMb: Math.max(...rs.map((r) => r.rssMb)), runs: rs }));
}

/** The median over rounds of one command's time over another's in the same round. */
const pairedRatio = (a, b, key) => median(a.runs.map((run, r) => run[key] / b.runs[r][key]));

const DECISIONS = [0, 1, 3];
const gateCheck = (csv) => ({ argv: [process.execPath, BIN, 'gate-check', '--plan', PLAN, '--metrics', csv, '--at', AT, '--format', 'json'], allowed: DECISIONS });
const mawk = (csv) => ({ argv: ['mawk', '-F,', AWK, csv] });

const dir = mkdtempSync(path.join(tmpdir(), 'rollout-bench-'));
const line = (name, m, ratio, goal) =>
  `  ${name.padEnd(26)} ${m.wall.toFixed(2).padStart(6)} s (CPU ${m.cpu.toFixed(2)} s)   peak ${m.rssMb.toFixed(0).padStart(4)} MB${ratio === undefined ? '' : `   ${ratio}`}${goal ? `   (${goal})` : ''}`;
const times = (r) => `${r.toFixed(2)}x`;
try {
  const small = path.join(dir, 'metrics-1m.csv');
  const large = path.join(dir, 'metrics-3m.csv');
  await writeExport(small, 1_000_000);
  await writeExport(large, 3_000_000);
  const tiny = path.join(dir, 'metrics-10k.csv');
  await writeExport(tiny, 10_000);
  const report = (csv) => ({ argv: [process.execPath, BIN, 'report', '--plan', PLAN, '--metrics', csv, '--at', AT, '-o', path.join(dir, 'r.html'), '--force'] });
  const [awk1, gc1, rep1, awk3, gc3, gcTiny, repTiny] = paired([mawk(small), gateCheck(small), report(small), mawk(large), gateCheck(large), gateCheck(tiny), report(tiny)]);
  const mb = (f) => (statSync(f).size / 1024 / 1024).toFixed(1);
  console.log(`gate-check and report: medians of ${ROUNDS} paired runs; 1M rows = ${mb(small)} MB, 3M rows = ${mb(large)} MB`);
  console.log(line('mawk, 1M rows', awk1));
  const r1 = gc1.wall / awk1.wall;
  console.log(line('gate-check, 1M rows', gc1, times(r1), `vs mawk; goal <= 3x and < 100 MB: ${r1 <= 3 && gc1.rssMb < 100 ? 'met' : 'missed'}`));
  const [rw, rc] = [pairedRatio(rep1, gc1, 'wall'), pairedRatio(rep1, gc1, 'cpu')];
  // The report's fixed work in CPU time, each round's own, over that round's gate-check on 1M rows.
  const floor = 1 + median(repTiny.runs.map((run, r) => (run.cpu - gcTiny.runs[r].cpu) / gc1.runs[r].cpu));
  console.log(line('report, 1M rows', rep1, `${times(rw)} (CPU ${times(rc)})`, `vs gate-check; goal <= 1.05x: ${rw <= 1.05 && rc <= 1.05 ? 'met' : 'missed'}; floor ${times(floor)} CPU`));
  console.log(line('report, 10K rows', repTiny, `${times(pairedRatio(repTiny, gcTiny, 'cpu'))} CPU`, `vs gate-check on 10K rows: +${((repTiny.cpu - gcTiny.cpu) * 1000).toFixed(0)} ms, the report's fixed work`));
  console.log(line('mawk, 3M rows', awk3));
  console.log(line('gate-check, 3M rows', gc3, times(gc3.wall / awk3.wall), `vs mawk; goal < 130 MB: ${gc3.rssMb < 130 ? 'met' : 'missed'}`));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
