// Timing helpers shared by the bench scripts: wall time of whole commands, median of several runs.
import { spawnSync } from 'node:child_process';

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
