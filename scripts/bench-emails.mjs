#!/usr/bin/env node
// Rendering speed of `rollout render-emails`: at least 1,000 messages from one plan, in memory
// (templates compiled once, nothing written), per output format. Target: under 1 s for 1,000.
// Then the command itself writing them (md), against the same command with --dry-run, which
// renders everything and writes nothing. Goal: at most 1.3x the dry run, in wall time. Also the
// CPU time of each (all threads: rendering, and the file system's work in the kernel), and the
// floor of writing these files on this disk (scripts/emails-floor.mjs), timed in the same
// rounds: on a file system where creating files costs much more at times (ext4 without a
// journal skips the inodes of files deleted in the last minutes, one by one), the floor moves
// with it, and the written run should be read against it.
// Run after `npm run build`: `npm run bench:emails`, or `node scripts/bench-emails.mjs --json`.
// It reports and always exits 0; timings vary with the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { mib, ms, peakMiB, time } from './bench-lib.mjs';
import { loadPlan } from '../.bench/core/load.js';
import { renderEmails } from '../.bench/core/render.js';
import { loadTemplates } from '../.bench/core/templates.js';
import { buildSchedule } from '../.bench/core/build.js';

const TARGET = 1000;
const json = process.argv.includes('--json');

/** A plan with enough one-week phases, in two languages, for more than 1,000 messages. */
function bigPlan(phases) {
  return stringify({
    version: 1,
    tool: { name: 'Teamchat', replaces: 'email threads', why: 'decisions get lost', benefit: 'team communication', contact: { name: 'Help Desk', email: 'help@example.org' }, pilotResults: 'twice as fast' },
    organization: { name: 'Bench Org', headcount: phases * 10, languages: ['en', 'nl'], locations: [{ name: 'Paramaribo', timezone: 'America/Paramaribo', champion: 'Anjali' }] },
    start: '2027-01-04',
    phases: [
      ...Array.from({ length: phases }, (_, i) => ({ id: `wave-${i + 1}`, name: `Wave ${i + 1}`, audience: i === phases - 1 ? 'rest' : `${Math.floor(100 / phases)}%`, weeks: 1 })),
      { id: 'decommission', name: 'Switch off email', kind: 'decommission', audience: 'none', weeks: 1 },
    ],
  });
}

const planText = bigPlan(60);
const loaded = loadPlan(planText, 'bench.yaml');
if (!loaded.plan) throw new Error(`bench plan is invalid: ${JSON.stringify(loaded.diagnostics[0])}`);
const plan = loaded.plan;
const schedule = buildSchedule(plan);
const templates = await loadTemplates();

const results = [];
for (const format of ['md', 'txt', 'html', 'eml']) {
  const cold = performance.now();
  const first = await renderEmails(plan, schedule, { format, templates });
  const coldMs = performance.now() - cold;
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await renderEmails(plan, schedule, { format, templates });
    runs.push(performance.now() - t);
  }
  const warmMs = Math.min(...runs);
  const messages = first.entries.length;
  const per1000 = (warmMs / messages) * TARGET;
  results.push({ format, messages, coldMs: Math.round(coldMs), warmMs: Math.round(warmMs), msPer1000: Math.round(per1000), underTarget: messages >= TARGET && per1000 < 1000 });
}

if (json) {
  process.stdout.write(`${JSON.stringify({ bench: 'render-emails', target: `${TARGET} messages in under 1 s`, results }, null, 2)}\n`);
} else {
  process.stdout.write(`render-emails: ${TARGET.toLocaleString('en')}+ messages in memory, target under 1 s per 1,000 (cold: first render in this process, compiling the templates; warm: best of 3)\n`);
  for (const r of results) {
    process.stdout.write(`  ${r.format.padEnd(4)} ${String(r.messages).padStart(5)} messages  cold ${String(r.coldMs).padStart(5)} ms  warm ${String(r.warmMs).padStart(5)} ms  = ${String(r.msPer1000).padStart(4)} ms per 1,000 warm  ${r.underTarget ? 'ok' : 'over target'}\n`);
  }
}

/** Wall and CPU time (user + system, all threads) of one run, CPU through GNU time when there is one. */
function timed(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH-CPU %U %S', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) return { wall: time(process.execPath, args), cpu: undefined };
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [, user, system] = /BENCH-CPU ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return { wall, cpu: (Number(user) + Number(system)) * 1000 };
}

/**
 * Written vs dry run, in turns, each write into a new folder; then the floor (see
 * scripts/emails-floor.mjs): the same bytes written with the same guarantees by a process
 * that is only busy for as long as the dry run, writing during the part of it spent rendering.
 * Its CPU time is the dry run's plus that of writing the files alone (less starting Node), since
 * a busy loop's CPU time is only the dry run's on an idle machine. Medians of 9 rounds, and of
 * the ratios within each round.
 */
function commandRuns(renderMs) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rollout-bench-'));
  try {
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(file, planText);
    const bin = path.resolve('bin/rollout.cjs');
    const args = (extra) => [bin, 'render-emails', '--plan', file, '--format', 'md', ...extra];
    let n = 0;
    const fresh = () => path.join(dir, `out-${n++}`);
    const bytes = fresh();
    time(process.execPath, args(['--out', bytes]));
    time(process.execPath, args(['--dry-run']));
    const floorScript = path.resolve('scripts/emails-floor.mjs');
    const runs = { dry: [], written: [], floor: [] };
    const writing = [];
    const loads = [];
    for (let round = 0; round < 9; round++) {
      const dry = timed(args(['--dry-run']));
      runs.dry.push(dry);
      runs.written.push(timed(args(['--out', fresh()])));
      const floor = timed([floorScript, bytes, fresh(), String(Math.round(dry.wall)), String(Math.round(renderMs))]);
      // The floor's CPU: the dry run's, plus what writing the files alone costs above starting Node.
      const alone = timed([floorScript, bytes, fresh(), '0', '0']).cpu;
      const start = timed(['-e', '0']).cpu;
      runs.floor.push({ wall: floor.wall, cpu: alone === undefined ? undefined : dry.cpu + alone - start });
      if (alone !== undefined) writing.push(alone - start);
      loads.push(loadavg()[0]);
    }
    const median = (t) => t.slice().sort((a, b) => a - b)[4];
    const of = (name, key) => (runs[name][0][key] === undefined ? undefined : median(runs[name].map((r) => r[key])));
    const ratio = (name, key) => (runs[name][0][key] === undefined ? undefined : median(runs[name].map((r, i) => r[key] / runs.dry[i][key])));
    const figures = Object.fromEntries(['dry', 'written', 'floor'].map((name) => [name, { wall: of(name, 'wall'), cpu: of(name, 'cpu'), ratio: ratio(name, 'wall'), cpuRatio: ratio(name, 'cpu') }]));
    return { ...figures, writingCpu: writing.length > 0 ? median(writing) : undefined, load: [Math.min(...loads), Math.max(...loads)], dryPeak: peakMiB(process.execPath, args(['--dry-run'])), writtenPeak: peakMiB(process.execPath, args(['--out', fresh()])) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const md = results.find((r) => r.format === 'md');
const command = commandRuns(md.coldMs);
const fixed = (n, digits = 2) => (n === undefined ? null : Number(n.toFixed(digits)));
if (json) {
  const { dry, written, floor } = command;
  process.stdout.write(
    `${JSON.stringify({ bench: 'render-emails written', messages: md.messages, dryRunMs: Math.round(dry.wall), writtenMs: Math.round(written.wall), ratio: fixed(written.ratio), cpuRatio: fixed(written.cpuRatio), floorMs: Math.round(floor.wall), floorRatio: fixed(floor.ratio), floorCpuRatio: fixed(floor.cpuRatio), writingAloneCpuMs: command.writingCpu === undefined ? null : Math.round(command.writingCpu), goal: 1.3, load: command.load.map((l) => fixed(l, 1)), dryRunPeakMiB: command.dryPeak, writtenPeakMiB: command.writtenPeak })}\n`,
  );
} else {
  const cpu = (r) => (r.cpu === undefined ? '' : `  CPU ${ms(r.cpu).padStart(8)}`);
  const cpuRatio = (r) => (r.cpuRatio === undefined ? '' : `, CPU ${r.cpuRatio.toFixed(2)}x`);
  const { dry, written, floor } = command;
  process.stdout.write(`render-emails --format md, ${md.messages} messages written (medians of 9 rounds in turns: dry run, written, floor; load average ${command.load.map((l) => l.toFixed(1)).join('-')})\n`);
  process.stdout.write(`  --dry-run  ${ms(dry.wall).padStart(8)}${cpu(dry)}  ${mib(command.dryPeak)}\n`);
  process.stdout.write(`  written    ${ms(written.wall).padStart(8)}${cpu(written)}  ${mib(command.writtenPeak)}  = ${written.ratio.toFixed(2)}x the dry run${cpuRatio(written)} (goal: at most 1.3x) ${written.ratio <= 1.3 ? 'ok' : 'over goal'}\n`);
  process.stdout.write(`  floor      ${ms(floor.wall).padStart(8)}${cpu(floor)}  = ${floor.ratio.toFixed(2)}x the dry run${cpuRatio(floor)}: busy as long as the dry run, writing the same files the same way during its last ${Math.round(md.coldMs)} ms; CPU: the dry run's plus writing alone\n`);
  if (command.writingCpu !== undefined) {
    // Creating a file on ext4 without a journal steps over the inodes deleted in the last minutes:
    // right after a test run or another bench, this grows from about 0.2 s to over 1 s.
    process.stdout.write(`  writing the ${md.messages + 2} files alone: CPU ${ms(command.writingCpu)} beyond starting Node (the file system's state; it grows for minutes after many files are deleted)\n`);
  }
}
