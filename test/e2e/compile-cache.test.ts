import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CACHE_FILES } from '../../src/util/compile-cache.js';
import { BIN, example, ROOT, run, tempDir } from '../helpers.js';

/** Runs the tool with its own temp folder, and without coverage, which turns the cache off. */
function cached(args: string[], tmp: string, env: Record<string, string> = {}) {
  return run(args, { env: { TMPDIR: tmp, NODE_V8_COVERAGE: '', ...env } });
}

const validate = (tmp: string, env: Record<string, string> = {}) => cached(['validate', '--plan', example('enterprise.yaml')], tmp, env);

const base = (tmp: string) => path.join(tmp, `rollout-compile-cache-${process.getuid!()}`);
const cacheDir = (tmp: string) => path.join(base(tmp), `${process.version}-${process.arch}`);
const cacheFiles = (tmp: string) => (existsSync(cacheDir(tmp)) ? readdirSync(cacheDir(tmp)).sort() : []);

describe.skipIf(process.platform === 'win32')('compiled-code cache', () => {
  // What the tool says without the cache: the cache may change how fast, never what.
  const expected = run(['validate', '--plan', example('enterprise.yaml')], { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
  it('is compared with a valid run', () => expect(expected).toMatchObject({ stdout: `${example('enterprise.yaml')}: valid (5 phases, 10 gates)\n`, status: 0 }));

  it('is written after the first run, private to the user, and reused unchanged', () => {
    const tmp = tempDir();
    expect(validate(tmp)).toEqual(expected);
    const files = cacheFiles(tmp);
    expect(files.some((f) => /^common-.+\.cjs-[\da-z]+(-[\da-z]+){4}$/.test(f))).toBe(true);
    expect(files.some((f) => /^cli\.cjs-[\da-z]+(-[\da-z]+){4}$/.test(f))).toBe(true);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(statSync(base(tmp)).mode & 0o777).toBe(0o700);
    for (const f of files) expect(statSync(path.join(cacheDir(tmp), f)).mode & 0o777).toBe(0o600);

    const written = files.map((f) => statSync(path.join(cacheDir(tmp), f)).mtimeMs);
    expect(validate(tmp)).toEqual(expected);
    expect(cacheFiles(tmp)).toEqual(files);
    expect(files.map((f) => statSync(path.join(cacheDir(tmp), f)).mtimeMs)).toEqual(written);
  });

  it('keeps the newest files only, so that builds of other versions do not pile up', () => {
    const tmp = tempDir();
    validate(tmp);
    const own = cacheFiles(tmp);
    for (const f of own) unlinkSync(path.join(cacheDir(tmp), f));
    const old = Array.from({ length: MAX_CACHE_FILES + 10 }, (_, i) => `chunk-${i}.cjs-${'x'.repeat(32)}`);
    old.forEach((f, i) => {
      writeFileSync(path.join(cacheDir(tmp), f), 'compiled by an older build', { mode: 0o600 });
      utimesSync(path.join(cacheDir(tmp), f), 1_000_000 + i, 1_000_000 + i);
    });
    expect(validate(tmp)).toEqual(expected);
    const kept = cacheFiles(tmp);
    expect(kept).toHaveLength(MAX_CACHE_FILES);
    expect(kept).toEqual(expect.arrayContaining(own));
    expect(kept).toEqual(expect.arrayContaining(old.slice(old.length - (MAX_CACHE_FILES - own.length))));
  });

  it('holds every bundle of three builds, so that one command does not prune what the next needs', () => {
    const bundles = readdirSync(path.join(ROOT, 'dist', 'chunks')).filter((f) => f.endsWith('.cjs')).length + 2;
    expect(MAX_CACHE_FILES).toBeGreaterThanOrEqual(3 * bundles);
  });

  it('replaces a cache file V8 rejects, with the same results', () => {
    const tmp = tempDir();
    validate(tmp);
    const common = cacheFiles(tmp).find((f) => f.startsWith('common-'))!;
    writeFileSync(path.join(cacheDir(tmp), common), 'not compiled code');
    expect(validate(tmp)).toEqual(expected);
    expect(statSync(path.join(cacheDir(tmp), common)).size).toBeGreaterThan(1000);
  });

  it('is not made in a folder others can write to', () => {
    const tmp = tempDir();
    mkdirSync(base(tmp));
    chmodSync(base(tmp), 0o777);
    expect(validate(tmp)).toEqual(expected);
    expect(readdirSync(base(tmp))).toEqual([]);
  });

  it('is not used from a folder others can write to', () => {
    const tmp = tempDir();
    validate(tmp);
    const before = cacheFiles(tmp);
    for (const f of before) writeFileSync(path.join(cacheDir(tmp), f), 'planted');
    chmodSync(base(tmp), 0o777);
    expect(validate(tmp)).toEqual(expected);
    for (const f of before) expect(statSync(path.join(cacheDir(tmp), f)).size).toBe('planted'.length);
  });

  it('does not read a cache file that is a symbolic link, and replaces it with its own', () => {
    const tmp = tempDir();
    validate(tmp);
    const common = path.join(cacheDir(tmp), cacheFiles(tmp).find((f) => f.startsWith('common-'))!);
    copyFileSync(common, `${common}.copy`);
    unlinkSync(common);
    symlinkSync(`${common}.copy`, common);
    expect(validate(tmp)).toEqual(expected);
    expect(lstatSync(common).isSymbolicLink()).toBe(false);
  });

  it('gives every command the same results cold, warm and without it', () => {
    const plan = example('enterprise.yaml');
    const metrics = path.join(ROOT, 'examples/metrics/enterprise.csv');
    const commands = [
      ['--version'],
      ['schema'],
      ['schedule', '--plan', plan, '--format', 'json'],
      ['render-emails', '--plan', plan, '--format', 'eml', '--dry-run'],
      ['gate-check', '--plan', plan, '--metrics', metrics, '--at', '2027-03-15', '--format', 'json'],
      ['report', '--plan', plan, '--metrics', metrics, '--at', '2027-03-15', '-o', '-'],
    ];
    const tmp = tempDir();
    for (const args of commands) {
      const without = cached(args, tmp, { NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(without.status, args.join(' ')).not.toBeNull();
      expect(cached(args, tmp), `${args.join(' ')}, cold`).toEqual(without);
      expect(cached(args, tmp), `${args.join(' ')}, warm`).toEqual(without);
    }
    expect(cacheFiles(tmp).filter((f) => /^(render-emails|gate-check|report|ics|schedule)-/.test(f)).length).toBeGreaterThanOrEqual(4);
  });

  it('holds the bundles a command loaded: a check read by a machine loads no table or file-writing code', () => {
    const check = (tmp: string, format: string) => cached(['gate-check', '--plan', example('adoption.yaml'), '--at', '2027-03-15', '--format', format], tmp);
    const loaded = (tmp: string) => cacheFiles(tmp).map((f) => f.replace(/-.*$/, ''));
    const json = tempDir();
    expect(check(json, 'json').status).not.toBe(2);
    expect(loaded(json)).toEqual(expect.arrayContaining(['cli.cjs', 'gate', 'sources']));
    // cli-table3's chunk is named cli-table3-<hash>.cjs.
    for (const chunk of ['cli', 'text', 'write', 'markdown']) expect(loaded(json)).not.toContain(chunk);
    const text = tempDir();
    expect(check(text, 'text').status).not.toBe(2);
    expect(loaded(text)).toEqual(expect.arrayContaining(['cli', 'text']));
  });

  it('keeps the reading of exports, the judging of gates and the templates out of what validate loads', () => {
    const tmp = tempDir();
    expect(validate(tmp)).toEqual(expected);
    const chunks = readdirSync(path.join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.cjs'));
    const loaded = cacheFiles(tmp).map((f) => f.replace(/(\.cjs)-.*$/, '$1')).filter((f) => chunks.includes(f));
    expect(loaded.length).toBeGreaterThan(0);
    // Rolldown marks each module of a bundle with a `// src/...` line. A plan without a templates
    // folder beside it has no template copies to compare, nor anything to hash.
    for (const chunk of loaded) expect(readFileSync(path.join(ROOT, 'dist/chunks', chunk), 'utf8'), chunk).not.toMatch(/^\/\/ src\/(gates\/check|csv\/reader|sources\/read|render\/templates|util\/ids)\.ts$/m);
  });

  it('keeps Node modules the commands do not use out of start-up', () => {
    // Commander's subcommands that are programs of their own need child_process; rollout has none.
    const cli = readFileSync(path.join(ROOT, 'dist/cli.cjs'), 'utf8');
    expect(cli.match(/.{0,9}require\("(node:)?child_process"\)/g)).toEqual(['real ??= require("child_process")']);
    expect(readFileSync(path.join(ROOT, 'dist/main.cjs'), 'utf8')).not.toMatch(/require\("(node:)?crypto"\)/);
  });

  it.skipIf(process.platform !== 'linux')('is skipped, not waited for, where folders cannot be made (TMPDIR=/proc)', () => {
    const r = spawnSync(process.execPath, [BIN, '--version'], { env: { ...process.env, TMPDIR: '/proc', NODE_V8_COVERAGE: '' }, encoding: 'utf8', timeout: 10_000 });
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', expect.stringMatching(/^\d+\.\d+\.\d+ \(plan format version \d+\)\n$/)]);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE=1 or while coverage is measured', () => {
    const off = tempDir();
    expect(validate(off, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(expected);
    expect(existsSync(base(off))).toBe(false);
    const measured = tempDir();
    expect(validate(measured, { NODE_V8_COVERAGE: path.join(measured, 'coverage') })).toEqual(expected);
    expect(existsSync(base(measured))).toBe(false);
  });

  /**
   * The tool's entry with bundles of the test's own in place of the command line: what the
   * loader does with a bundle the test controls.
   */
  function fakeBundle(files: Record<string, string>): string {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'chunks'));
    copyFileSync(path.join(ROOT, 'dist/main.cjs'), path.join(dir, 'main.cjs'));
    for (const f of readdirSync(path.join(ROOT, 'dist/chunks')).filter((f) => f.startsWith('rolldown-runtime-'))) {
      copyFileSync(path.join(ROOT, 'dist/chunks', f), path.join(dir, 'chunks', f));
    }
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }

  const runBundle = (dir: string, tmp: string) =>
    spawnSync(process.execPath, [path.join(dir, 'main.cjs')], { env: { ...process.env, TMPDIR: tmp, NODE_V8_COVERAGE: '' }, encoding: 'utf8' });

  it('runs each bundle once, with its own module, also in a cycle, as Node does', () => {
    const dir = fakeBundle({
      'cli.cjs': `const a = require("./chunks/a.cjs"); const again = require("./chunks/a.cjs");
console.log(JSON.stringify({ same: a === again, b: a.b(), runs: globalThis.runs, file: __filename, dir: __dirname, main: typeof require("node:path").join }));`,
      'chunks/a.cjs': `globalThis.runs = (globalThis.runs ?? 0) + 1; exports.name = "a"; const b = require("./b.cjs"); exports.b = () => b.seen;`,
      'chunks/b.cjs': `const a = require("./a.cjs"); exports.seen = \`\${a.name} \${typeof a.b === "function" ? "complete" : "partly run"}\`;`,
    });
    const r = runBundle(dir, tempDir());
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ same: true, b: 'a partly run', runs: 1, file: path.join(dir, 'cli.cjs'), dir, main: 'function' });
  });

  it('keys the cache on each writing of a bundle: an edit of the same size and time is run as edited', () => {
    const dir = fakeBundle({ 'cli.cjs': 'console.log("first" + " run")\n' });
    const cli = path.join(dir, 'cli.cjs');
    const tmp = tempDir();
    const { mtime } = statSync(cli);
    expect(runBundle(dir, tmp).stdout).toBe('first run\n');
    expect(runBundle(dir, tmp).stdout).toBe('first run\n');
    writeFileSync(cli, 'console.log("other" + " run")\n');
    utimesSync(cli, mtime, mtime);
    expect(runBundle(dir, tmp).stdout).toBe('other run\n');
  });

  it('keeps line numbers of a bundle in stack traces', () => {
    const dir = fakeBundle({ 'cli.cjs': '\n\nthrow new Error("line three");\n' });
    const r = runBundle(dir, tempDir());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, 'cli.cjs')}:3`);
  });
});
