// gate-check on a Teams-style activity export: 10,000 people x 26 weekly user-activity files of
// 33 columns, with a 10,000-person roster, next to the tool's CSV reader (src/csv) reading the
// same files alone, in the same run. Goal: within 1.5x of the reader, under 200 MB peak RSS. Also
// measured: the floor of that ratio, gate-check's start-up, plan and roster (timed on copies of
// the exports cut to one row each) plus the reader's own time on the rows.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'rollout.cjs');
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const WEEKS = 26;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GOAL = { ratio: 1.5, rssMb: 200 };
const GROUPS = ['Pilot', 'Sales', 'Operations', 'Finance'];

const HEADER = ['Report Refresh Date', 'Tenant Display Name', 'Shared Channel Tenant Display Names', 'User Id', 'User Principal Name', 'Last Activity Date', 'Is Deleted', 'Deleted Date', 'Assigned Products', 'Team Chat Message Count', 'Private Chat Message Count', 'Call Count', 'Meeting Count', 'Post Messages', 'Reply Messages', 'Urgent Messages', 'Meetings Organized Count', 'Meetings Attended Count', 'Ad Hoc Meetings Organized Count', 'Ad Hoc Meetings Attended Count', 'Scheduled One-time Meetings Organized Count', 'Scheduled One-time Meetings Attended Count', 'Scheduled Recurring Meetings Organized Count', 'Scheduled Recurring Meetings Attended Count', 'Audio Duration', 'Video Duration', 'Screen Share Duration', 'Audio Duration In Seconds', 'Video Duration In Seconds', 'Screen Share Duration In Seconds', 'Has Other Action', 'Is Licensed', 'Report Period'];

const day = (n) => new Date(Date.UTC(2027, 0, 4) + n * 86_400_000).toISOString().slice(0, 10);

async function writeExports(dir) {
  const roster = ['Email,Name,Group,Location'];
  for (let p = 0; p < PEOPLE; p++) roster.push(`person${p}@example.org,Person ${p},${GROUPS[p % GROUPS.length]},${p % 3 ? 'Paramaribo' : 'Nieuw Nickerie'}`);
  writeFileSync(path.join(dir, 'people.csv'), `${roster.join('\r\n')}\r\n`);
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let w = 0; w < WEEKS; w++) {
    const refresh = day(7 * w + 6);
    const out = createWriteStream(path.join(dir, `TeamsUserActivityUserDetail${refresh.replaceAll('-', '')}.csv`));
    out.write(`\uFEFF${HEADER.join(',')}\r\n`);
    for (let p = 0; p < PEOPLE; p++) {
      const active = random() < Math.min(0.95, 0.1 + w * 0.05);
      const last = active ? day(7 * w + Math.floor(random() * 7)) : '';
      const n = active ? Math.floor(random() * 50) : 0;
      const row = [refresh, 'Bench Org', '', `0000${p}-aaaa-bbbb-cccc-dddddddddddd`, `person${p}@example.org`, last, p % 500 === 0 ? 'True' : 'False', '', 'MICROSOFT 365 BUSINESS STANDARD', n, n * 2, n % 5, n % 7, n % 3, n % 4, 0, n % 2, n % 6, 0, 0, 0, 0, 0, 0, 'PT0S', 'PT0S', 'PT0S', n * 60, n * 30, 0, 'No', 'Yes', 7];
      if (!out.write(`${row.join(',')}\r\n`)) await new Promise((r) => out.once('drain', r));
    }
    await new Promise((r) => out.end(r));
  }
  const phases = GROUPS.map((g, i) => `  - { id: ${g.toLowerCase()}, name: ${g}, audience: { groups: [${g}] }, weeks: 6, startWeek: ${1 + i * 6} }`);
  writeFileSync(
    path.join(dir, 'rollout.yaml'),
    [
      'version: 1',
      'tool: { name: Microsoft Teams }',
      `organization: { name: Bench Org, headcount: ${PEOPLE}, locations: [{ name: Paramaribo, timezone: America/Paramaribo }, { name: Nieuw Nickerie, timezone: America/Paramaribo }], groups: [${GROUPS.map((g) => `{ name: ${g}, headcount: ${PEOPLE / GROUPS.length} }`).join(', ')}] }`,
      'start: 2027-01-04',
      'phases:',
      ...phases,
      `  - { id: decommission, name: Switch off, kind: decommission, audience: none, startWeek: 27, when: { metric: active_use_pct, op: ">=", threshold: 80 } }`,
      'people: { file: people.csv, columns: { person: Email, name: Name, group: Group, location: Location } }',
      'sources:',
      '  - { file: "TeamsUserActivityUserDetail*.csv", kind: activity, date: Report Refresh Date, person: User Principal Name, lastActive: Last Activity Date, exclude: { Is Deleted: "True", Is Licensed: "No" } }',
      'gates:',
      ...GROUPS.map((g) => `  - { id: ${g.toLowerCase()}-active, phase: ${g.toLowerCase()}, metric: active_use_pct, threshold: 80, within: 6w }`),
      `  - { id: nickerie-active, phase: operations, metric: active_use_pct, threshold: 80, within: 6w, location: Nieuw Nickerie }`,
    ].join('\n') + '\n',
  );
}

/** The same folder with every export cut to its header and first row: what gate-check costs besides the rows. */
function oneRowCopy(dir) {
  const copy = path.join(dir, 'one-row');
  mkdirSync(copy);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv') || f.endsWith('.yaml'))) {
    if (!name.startsWith('TeamsUserActivityUserDetail')) copyFileSync(path.join(dir, name), path.join(copy, name));
    else writeFileSync(path.join(copy, name), readFileSync(path.join(dir, name), 'utf8').split('\r\n').slice(0, 2).join('\r\n') + '\r\n');
  }
  return copy;
}

/** Every file read record by record with the tool's CSV reader, doing nothing else: the floor. */
const READ_ONLY = `
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readCsv } from ${JSON.stringify(path.join(ROOT, '.bench/core/csv.js'))};
const dir = process.argv[1];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) await readCsv(path.join(dir, f), { header() {}, row() {}, bad() {} });
`;

function measure(command, args) {
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', command, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  if (result.error || !line) throw new Error(`cannot time ${command}: ${result.error?.message ?? result.stderr}`);
  return { wall: Number(line[1]), rssMb: Number(line[2]) / 1024, cpu: Number(line[3]) + Number(line[4]), status: result.status, stderr: result.stderr.replace(/BENCH .*\n?/, '') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(path.join(tmpdir(), 'rollout-bench-sources-'));
try {
  await writeExports(dir);
  const mb = WEEKS * statSync(path.join(dir, `TeamsUserActivityUserDetail${day(6).replaceAll('-', '')}.csv`)).size / 1024 / 1024;
  const small = oneRowCopy(dir);
  const parse = [];
  const gates = [];
  const fixed = [];
  const parseSmall = [];
  const gateCheck = (folder) => measure(process.execPath, [BIN, 'gate-check', '--plan', path.join(folder, 'rollout.yaml'), '--at', day(7 * WEEKS), '--format', 'json']);
  for (let i = 0; i < RUNS; i++) {
    parse.push(measure(process.execPath, ['--input-type=module', '-e', READ_ONLY, dir]));
    const g = gateCheck(dir);
    if (![0, 1, 3].includes(g.status)) throw new Error(`gate-check failed (exit ${g.status}): ${g.stderr}`);
    gates.push(g);
    fixed.push(gateCheck(small));
    parseSmall.push(measure(process.execPath, ['--input-type=module', '-e', READ_ONLY, small]));
  }
  // Wall time is what a user waits; CPU time (all threads) says the same with less noise on a busy machine.
  const wall = (runs) => median(runs.map((m) => m.wall));
  const cpu = (runs) => median(runs.map((m) => m.cpu));
  const p = wall(parse);
  const g = wall(gates);
  const floor = wall(fixed) + p - wall(parseSmall);
  const cpuFloor = cpu(fixed) + cpu(parse) - cpu(parseSmall);
  const rss = Math.max(...gates.map((m) => m.rssMb));
  const times = (w, c, base = [p, cpu(parse)]) => `${w.toFixed(2).padStart(6)} s (CPU ${c.toFixed(2)} s)   ${(w / base[0]).toFixed(2)}x the reader (CPU ${(c / base[1]).toFixed(2)}x)`;
  console.log(`sources: ${PEOPLE.toLocaleString('en')} people x ${WEEKS} weekly Teams activity files (${HEADER.length} columns, ${mb.toFixed(0)} MB), medians of ${RUNS} paired runs`);
  console.log(`  CSV reader alone  ${p.toFixed(2).padStart(6)} s (CPU ${cpu(parse).toFixed(2)} s)   peak RSS ${median(parse.map((m) => m.rssMb)).toFixed(0)} MB`);
  console.log(`  gate-check        ${times(g, cpu(gates))}   peak RSS ${rss.toFixed(0)} MB`);
  console.log(`  floor             ${times(floor, cpuFloor)}: start-up, plan and roster (${wall(fixed).toFixed(2)} s) + the reader on the rows`);
  const met = g / p <= GOAL.ratio && rss < GOAL.rssMb;
  console.log(`  goal (<= ${GOAL.ratio}x the reader, < ${GOAL.rssMb} MB): ${met ? 'met' : 'missed'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
