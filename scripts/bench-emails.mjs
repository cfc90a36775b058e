#!/usr/bin/env node
// Rendering speed of `rollout render-emails`: at least 1,000 messages from one plan, in memory
// (templates compiled once, nothing written), per output format. Target: under 1 s for 1,000.
// Run after `npm run build`: `npm run bench:emails`, or `node scripts/bench-emails.mjs --json`.
// It reports and always exits 0; timings vary with the machine.
import { stringify } from 'yaml';
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

const loaded = loadPlan(bigPlan(60), 'bench.yaml');
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
