// Timing helpers shared by the bench scripts: wall time of whole commands, median of several runs.
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export function time(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return ms;
}

export function median(command, args, runs = 7, options = {}) {
  const times = Array.from({ length: runs }, () => time(command, args, options)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Medians of commands run in turns (a, b, c, a, b, c, ...), so that a slow spell of a busy
 * machine weighs on every command alike, not on whichever ran during it.
 */
export function interleavedMedians(commands, rounds = 15) {
  const times = commands.map(() => []);
  for (let r = 0; r < rounds; r++) commands.forEach(([command, args, options], i) => times[i].push(time(command, args, options)));
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}

export function report(rows) {
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value}`);
}

export const ms = (n) => `${n.toFixed(0)} ms`;

/** Peak resident memory of one run of a command in MiB, through GNU time; undefined without it. */
export function peakMiB(command, args, options = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH-PEAK %M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...options });
  const kb = /BENCH-PEAK (\d+)/.exec(result.stderr ?? '')?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

export const mib = (n) => (n === undefined ? 'peak n/a' : `peak ${n.toFixed(0)} MiB`);

const METRICS = ['active_use_pct', 'satisfaction', 'nps', 'support_tickets', 'accounts_pct', 'training_completion_pct'];
const GROUPS = ['Pilot group', 'Design', 'Accounts', ''];
const FIRST_DAY = Date.UTC(2027, 2, 1);
const DAYS = 120;

/** A long export such as a survey tool writes: many answers a day, over the whole rollout. */
export async function writeExport(file, rows) {
  const out = createWriteStream(file);
  out.write('date,metric,value,group\n');
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < rows; i++) {
    const date = new Date(FIRST_DAY + Math.floor((i / rows) * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const metric = METRICS[i % METRICS.length];
    // Survey answers: NPS 0-10, satisfaction 1-10 (its range); the rest percentages and counts.
    const value = metric === 'nps' ? Math.floor(random() * 11) : metric === 'satisfaction' ? 1 + Math.floor(random() * 10) : (random() * 100).toFixed(1);
    if (!out.write(`${date},${metric},${value},${GROUPS[i % GROUPS.length]}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}
