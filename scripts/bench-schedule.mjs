// Schedule speed: a plan of 1,000 location groups (start-up is in bench-startup.mjs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { interleavedMedians, mib, ms, peakMiB, report } from './bench-lib.mjs';

const bin = path.resolve('bin/rollout.cjs');
const zones = ['America/Paramaribo', 'America/Guyana', 'America/Port_of_Spain', 'America/Barbados', 'America/Jamaica'];
const count = 1000;
const plan = {
  version: 1,
  tool: { name: 'Teamchat' },
  organization: {
    name: 'Big Org',
    headcount: count * 10,
    locations: Array.from({ length: count }, (_, i) => ({ name: `Site ${i}`, timezone: zones[i % zones.length], headcount: 10, champion: `Champion ${i}` })),
    groups: Array.from({ length: count }, (_, i) => ({ name: `Team ${i}`, headcount: 10, location: `Site ${i}` })),
  },
  start: '2027-01-04',
  calendar: { holidays: ['2027-01-01', '2027-02-23', '2027-03-26'] },
};
const dir = mkdtempSync(path.join(tmpdir(), 'rollout-bench-'));
const file = path.join(dir, 'big.yaml');
writeFileSync(file, stringify(plan));

// what-if and diff against the JSON schedule of the same plan, in turns, so the ratios compare like with like.
const paused = path.join(dir, 'big-paused.yaml');
writeFileSync(paused, stringify({ ...plan, pauses: [{ from: '2027-01-25', until: '2027-02-08', reason: 'bench' }] }));
const [big, bigIcs, whatIf, diff, whatIfSite] = interleavedMedians(
  [
    [process.execPath, [bin, 'schedule', '--plan', file, '--format', 'json']],
    [process.execPath, [bin, 'schedule', '--plan', file, '--format', 'ics']],
    [process.execPath, [bin, 'what-if', '--plan', file, '--pause', '2w', '--at', '2027-01-25', '--format', 'json']],
    [process.execPath, [bin, 'diff', file, paused, '--format', 'json'], { allowFailure: true }],
    // A pause of one location builds the paused plan: its items move part by part.
    [process.execPath, [bin, 'what-if', '--plan', file, '--pause', '2w', '--at', '2027-01-25', '--only-location', 'Site 500', '--format', 'json']],
  ],
  5,
);
const [jsonPeak, icsPeak] = ['json', 'ics'].map((format) => peakMiB(process.execPath, [bin, 'schedule', '--plan', file, '--format', format]));
const { loadPlan } = await import('../.bench/core/load.js');
const { buildSchedule } = await import('../.bench/core/build.js');
const text = readFileSync(file, 'utf8');
const loaded = loadPlan(text, file);
const core = Array.from({ length: 5 }, () => {
  const started = performance.now();
  buildSchedule(loaded.plan);
  return performance.now() - started;
}).sort((a, b) => a - b)[2];
const events = buildSchedule(loaded.plan).events.length;
console.log('schedule (median wall time)');
report([
  [`rollout schedule, ${count} location groups, json`, `${ms(big)}, ${mib(jsonPeak)}`],
  [`rollout schedule, ${count} location groups, ics`, `${ms(bigIcs)} (${(bigIcs / big).toFixed(2)}x schedule json; target <= 1.5x), ${mib(icsPeak)}`],
  [`rollout what-if --pause 2w, ${count} location groups, json`, `${ms(whatIf)} (${(whatIf / big).toFixed(2)}x schedule json; target <= 1.5x)`],
  [`rollout diff (one pause apart), ${count} location groups, json`, `${ms(diff)} (${(diff / big).toFixed(2)}x schedule json; target <= 1.5x)`],
  [`rollout what-if --pause 2w --only-location, ${count} location groups, json`, `${ms(whatIfSite)} (${(whatIfSite / big).toFixed(2)}x schedule json; target <= 2.5x: builds both plans)`],
  [`buildSchedule() alone, in process (${events} events)`, ms(core)],
]);
rmSync(dir, { recursive: true, force: true });
