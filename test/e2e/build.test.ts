import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

it('keeps a runnable tool in dist/ while `npm run build` rebuilds it', async () => {
  // A checkout of its own with a built dist/, so that this build does not swap the other tests' bundles.
  const checkout = tempDir();
  for (const name of ['src', 'templates', 'node_modules']) symlinkSync(path.join(ROOT, name), path.join(checkout, name));
  for (const name of ['action', 'bin', 'scripts', 'dist', 'rolldown.config.mjs', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) cpSync(path.join(ROOT, name), path.join(checkout, name), { recursive: true });
  const stale = path.join(checkout, 'dist', 'chunks', 'from-an-older-build.cjs');
  writeFileSync(stale, '');
  const build = spawn(process.execPath, ['scripts/build.mjs'], { cwd: checkout, stdio: 'ignore' });
  const built = new Promise<number | null>((resolve) => build.on('exit', resolve));
  // What a run needs first, looked for over and over while the build runs.
  const entry = ['main.cjs', 'cli.cjs'].map((name) => path.join(checkout, 'dist', name));
  let looks = 0;
  let missing = 0;
  while (build.exitCode === null) {
    looks++;
    if (!entry.every((file) => existsSync(file))) missing++;
    await setImmediate();
  }
  expect(await built).toBe(0);
  expect(looks).toBeGreaterThan(100);
  expect(missing).toBe(0);
  const version = spawnSync(process.execPath, ['bin/rollout.cjs', '--version'], { cwd: checkout, encoding: 'utf8' });
  expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  expect(readdirSync(checkout).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
  expect(existsSync(stale)).toBe(false);
}, 120_000);
