#!/usr/bin/env node
// Rendering speed of `rollout render-emails`: at least 1,000 messages from one plan, in memory
// (templates compiled once, nothing written), per output format. Target: under 1 s for 1,000.
// Then the command itself writing them (md), against the same command with --dry-run, which
// renders everything and writes nothing. Goal: at most 1.3x the dry run.
// Run after `npm run build`: `npm run bench:emails`, or `node scripts/bench-emails.mjs --json`.
// It reports and always exits 0; timings vary with the machine.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Written vs dry run, in turns, each write into a new folder; medians of 9. */
function commandRuns() {
  const dir = mkdtempSync(path.join(tmpdir(), 'rollout-bench-'));
  try {
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(file, planText);
    const bin = path.resolve('bin/rollout.cjs');
    const args = (extra) => [bin, 'render-emails', '--plan', file, '--format', 'md', ...extra];
    let n = 0;
    const fresh = () => args(['--out', path.join(dir, `out-${n++}`)]);
    time(process.execPath, args(['--dry-run']));
    const dry = [];
    const written = [];
    for (let round = 0; round < 9; round++) {
      dry.push(time(process.execPath, args(['--dry-run'])));
      written.push(time(process.execPath, fresh()));
    }
    const median = (t) => t.sort((a, b) => a - b)[4];
    return { dry: median(dry), written: median(written), dryPeak: peakMiB(process.execPath, args(['--dry-run'])), writtenPeak: peakMiB(process.execPath, fresh()) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const command = commandRuns();
const messages = results.find((r) => r.format === 'md').messages;
const ratio = command.written / command.dry;
if (json) {
  process.stdout.write(`${JSON.stringify({ bench: 'render-emails written', messages, dryRunMs: Math.round(command.dry), writtenMs: Math.round(command.written), ratio: Number(ratio.toFixed(2)), goal: 1.3, dryRunPeakMiB: command.dryPeak, writtenPeakMiB: command.writtenPeak })}\n`);
} else {
  process.stdout.write(`render-emails --format md, ${messages} messages written (median of 9 in turns with the dry run)\n`);
  process.stdout.write(`  --dry-run  ${ms(command.dry).padStart(8)}  ${mib(command.dryPeak)}\n`);
  process.stdout.write(`  written    ${ms(command.written).padStart(8)}  ${mib(command.writtenPeak)}  = ${ratio.toFixed(2)}x the dry run (goal: at most 1.3x) ${ratio <= 1.3 ? 'ok' : 'over goal'}\n`);
}
