import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { BIN, tempDir, type RunResult } from '../helpers.js';

/** One hostile input: files to lay out, a command to run on them, and what it must say. */
export interface HostileCase {
  name: string;
  args: string[];
  files?: Record<string, string | Buffer>;
  /** Folders to create (empty). */
  dirs?: string[];
  input?: string;
  /** A file to give as standard input instead of `input`, such as /dev/zero. */
  stdin?: string;
  /** Lays out what files cannot say: links, FIFOs. */
  setup?: (dir: string) => void;
  status: number;
  /** The first line of stderr. */
  message: RegExp;
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    const info = lstatSync(file);
    if (!info.isFile()) out.set(name, info.isDirectory() ? 'dir' : info.isSymbolicLink() ? `link:${readlinkSync(file)}` : 'special');
    else out.set(name, `${info.size}:${info.mtimeMs}:${readFileSync(file).subarray(0, 64).toString('hex')}`);
  }
  return out;
}

/** GNU time reports a process's peak memory; without it the memory bound is not checked. */
const TIME = '/usr/bin/time';
/** Peak memory any hostile input may cost. */
export const MAX_PEAK_MIB = 200;

/** Runs the built CLI as `run` does, with its peak resident memory in MiB. */
function runMeasured(args: string[], cwd: string, input: string | undefined, stdin: string | undefined): RunResult & { peakMiB?: number } {
  const timed = existsSync(TIME);
  const peakFile = path.join(cwd, '..', `${path.basename(cwd)}.peak`);
  const command = timed ? [TIME, '-f', '%M', '-o', peakFile, process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const fd = stdin === undefined ? undefined : openSync(stdin, 'r');
  try {
    const r = spawnSync(command[0]!, command.slice(1), {
      cwd,
      input: fd === undefined ? (input ?? '') : undefined,
      stdio: [fd ?? 'pipe', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      timeout: 60_000,
    });
    const peakMiB = timed && existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
    return { stdout: r.stdout, stderr: r.stderr, status: r.status, ...(peakMiB === undefined ? {} : { peakMiB }) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Runs a case in a fresh folder and checks the contract of bad input: the expected exit code,
 * one actionable line first on stderr, no stack trace, nothing on stdout, no file touched, and
 * a peak memory under MAX_PEAK_MIB.
 */
export function checkHostile(c: HostileCase): void {
  const dir = tempDir();
  for (const d of c.dirs ?? []) mkdirSync(path.join(dir, d), { recursive: true });
  for (const [name, content] of Object.entries(c.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  c.setup?.(dir);
  const before = snapshot(dir);
  const r = runMeasured(c.args, dir, c.input, c.stdin);
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(r.status, r.stderr).toBe(c.status);
  expect(r.stdout).toBe('');
  expect(lines[0]).toMatch(c.message);
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(snapshot(dir)).toEqual(before);
  if (r.peakMiB !== undefined) {
    expect(r.peakMiB, 'peak memory (MiB)').toBeLessThan(MAX_PEAK_MIB);
    if (process.env.ROLLOUT_PEAKS) appendFileSync(process.env.ROLLOUT_PEAKS, `${r.peakMiB.toFixed(0)}\t${c.name}\n`);
  }
}
