import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { run, tempDir } from '../helpers.js';

/** One hostile input: files to lay out, a command to run on them, and what it must say. */
export interface HostileCase {
  name: string;
  args: string[];
  files?: Record<string, string | Buffer>;
  /** Folders to create (empty). */
  dirs?: string[];
  input?: string;
  status: number;
  /** The first line of stderr. */
  message: RegExp;
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    const info = statSync(file);
    out.set(name, info.isDirectory() ? 'dir' : `${info.size}:${info.mtimeMs}:${readFileSync(file).subarray(0, 64).toString('hex')}`);
  }
  return out;
}

/**
 * Runs a case in a fresh folder and checks the contract of bad input: the expected exit code,
 * one actionable line first on stderr, no stack trace, nothing on stdout, no file touched.
 */
export function checkHostile(c: HostileCase): void {
  const dir = tempDir();
  for (const d of c.dirs ?? []) mkdirSync(path.join(dir, d), { recursive: true });
  for (const [name, content] of Object.entries(c.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const before = snapshot(dir);
  const r = run(c.args, { cwd: dir, input: c.input });
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(r.status, r.stderr).toBe(c.status);
  expect(r.stdout).toBe('');
  expect(lines[0]).toMatch(c.message);
  expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(snapshot(dir)).toEqual(before);
}
