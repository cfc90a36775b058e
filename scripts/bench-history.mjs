// The cost of the report's decision-history strip, in process on a 1M-row export, in CPU time: the report's
// work with the strip (the exports read once, the gates judged as of each of up to 12 days, the
// strip drawn) against the same report without it (read once, judged once). Paired runs in
// turns, both orders; the median of the paired ratios. Goal: at most 1.05x.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ms, report, writeExport } from './bench-lib.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const PLAN = path.join(ROOT, 'examples', 'growing-team.yaml');
const AT = '2027-05-31';

const { loadPlan } = await import('../.bench/core/load.js');
const { buildSchedule } = await import('../.bench/core/build.js');
const { checkGates, replayDecisions } = await import('../.bench/core/check.js');
const { historyDays } = await import('../.bench/core/history.js');
const { renderReport } = await import('../.bench/core/report.js');
const { parseDay } = await import('../.bench/core/dates.js');

const dir = mkdtempSync(path.join(tmpdir(), 'rollout-bench-'));
try {
  const file = path.join(dir, 'metrics-1m.csv');
  await writeExport(file, 1_000_000);
  const plan = loadPlan(readFileSync(PLAN, 'utf8'), PLAN).plan;
  const asOf = parseDay(AT);
  const input = { plan, files: [file], lenient: false };
  const days = historyDays(parseDay(plan.start), asOf);
  const draw = (check, history) => renderReport({ plan, schedule: buildSchedule(plan), asOf, language: 'en', check, measured: true, history }).length;
  const without = async () => draw(await checkGates({ ...input, asOf }), []);
  const withStrip = async () => {
    const replay = await replayDecisions({ ...input, days });
    return draw(replay.last, replay.decisions);
  };
  const times = [[], []];
  for (let r = 0; r < ROUNDS; r++) {
    // Turns in both orders, so that neither gains from what the other warmed up.
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const run = [without, withStrip][i];
      // CPU time of this process: on a shared machine it moves far less than wall time.
      const started = process.cpuUsage();
      await run();
      const used = process.cpuUsage(started);
      times[i].push((used.user + used.system) / 1000);
    }
  }
  const mid = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  // Each round's two runs are next to each other: the median of their ratios sees through a busy spell.
  const ratio = mid(times[1].map((t, r) => t / times[0][r]));
  console.log(`report's history strip (in process, CPU time, 1M rows, ${days.length} days, ${ROUNDS} paired runs)`);
  report([
    ['report without the strip', `${ms(mid(times[0]))} (median)`],
    ['report with the strip', `${ms(mid(times[1]))} (median); median of paired ratios ${ratio.toFixed(3)}x; goal <= 1.05x: ${ratio <= 1.05 ? 'met' : 'missed'}`],
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
