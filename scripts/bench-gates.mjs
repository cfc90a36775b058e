// gate-check on a generated 1,000,000-row long export, next to one-pass baselines on the same
// file (wc -l, awk summing the value column, and csv-parse alone, which gate-check cannot beat).
// Goal: within 2x of awk, under 200 MB peak RSS.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'rollout.cjs');
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const GOAL = { ratio: 2, rssMb: 200 };

const METRICS = ['active_use_pct', 'satisfaction', 'nps', 'support_tickets', 'accounts_pct', 'training_completion_pct'];
const GROUPS = ['Pilot group', 'Design', 'Accounts', ''];
const FIRST_DAY = Date.UTC(2027, 2, 1);
const DAYS = 120;

/** A long export such as a survey tool writes: many answers a day, over the whole rollout. */
async function writeExport(file) {
  const out = createWriteStream(file);
  out.write('date,metric,value,group\n');
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < ROWS; i++) {
    const date = new Date(FIRST_DAY + Math.floor((i / ROWS) * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const metric = METRICS[i % METRICS.length];
    const value = metric === 'nps' || metric === 'satisfaction' ? Math.floor(random() * 11) : (random() * 100).toFixed(1);
    if (!out.write(`${date},${metric},${value},${GROUPS[i % GROUPS.length]}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

/** Reads every record with csv-parse and does nothing else: the floor for gate-check. */
const CSV_PARSE_ONLY = `
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
const parser = createReadStream(process.argv[1]).pipe(parse({ delimiter: ',', relax_column_count: true }));
parser.on('readable', () => { while (parser.read() !== null); });
`;

/** Wall seconds and peak RSS in MB (via GNU time when there is one). */
function measure(command, args) {
  const timed = ['/usr/bin/time', '-f', 'BENCH %e %M', command, ...args];
  const start = performance.now();
  const result = spawnSync(timed[0], timed.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - start) / 1000;
  if (result.error) {
    const plain = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { wall: (performance.now() - start) / 1000, rssMb: undefined, status: plain.status, stderr: plain.stderr };
  }
  const line = /BENCH ([\d.]+) (\d+)/.exec(result.stderr);
  return { wall, rssMb: line ? Number(line[2]) / 1024 : undefined, status: result.status, stderr: result.stderr.replace(/BENCH .*\n?/, '') };
}

const dir = mkdtempSync(path.join(tmpdir(), 'rollout-bench-'));
try {
  const csv = path.join(dir, 'metrics.csv');
  await writeExport(csv);
  const mb = statSync(csv).size / 1024 / 1024;
  const wc = measure('wc', ['-l', csv]);
  const awk = measure('awk', ['-F,', '{s+=$3} END {print s}', csv]);
  const csvParse = measure(process.execPath, ['--input-type=module', '-e', CSV_PARSE_ONLY, csv]);
  const plan = path.join(ROOT, 'examples', 'growing-team.yaml');
  const gates = measure(process.execPath, [BIN, 'gate-check', '--plan', plan, '--metrics', csv, '--at', '2027-05-31', '--format', 'json']);
  if (![0, 1, 3].includes(gates.status)) throw new Error(`gate-check failed (exit ${gates.status}): ${gates.stderr}`);

  const row = (name, m) => `  ${name.padEnd(12)} ${m.wall.toFixed(2).padStart(6)} s${m.rssMb === undefined ? '' : `   peak RSS ${m.rssMb.toFixed(0).padStart(4)} MB`}`;
  const ratio = gates.wall / awk.wall;
  console.log(`gate-check: ${ROWS.toLocaleString('en')} rows, ${mb.toFixed(1)} MB (${csv})`);
  console.log(row('wc -l', wc));
  console.log(row('awk sum', awk));
  console.log(row('csv-parse', csvParse));
  console.log(`${row('gate-check', gates)}   ${ratio.toFixed(2)}x awk`);
  const met = ratio <= GOAL.ratio && (gates.rssMb ?? 0) < GOAL.rssMb;
  console.log(`  goal (<= ${GOAL.ratio}x awk, < ${GOAL.rssMb} MB): ${met ? 'met' : 'missed'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
