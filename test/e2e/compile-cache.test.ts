import { chmodSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, run, tempDir } from '../helpers.js';

/** Runs validate with its own temp folder, and without coverage, which turns the cache off. */
function validate(tmp: string, env: Record<string, string> = {}) {
  return run(['validate', '--plan', example('enterprise.yaml')], { env: { TMPDIR: tmp, NODE_V8_COVERAGE: '', ...env } });
}

const base = (tmp: string) => path.join(tmp, `rollout-compile-cache-${process.getuid!()}`);
const cacheDir = (tmp: string) => path.join(base(tmp), `${process.version}-${process.arch}`);
const cacheFiles = (tmp: string) => (existsSync(cacheDir(tmp)) ? readdirSync(cacheDir(tmp)).sort() : []);

describe.skipIf(process.platform === 'win32')('compiled-code cache', () => {
  const expected = { stdout: `${example('enterprise.yaml')}: valid (5 phases, 7 gates)\n`, stderr: '', status: 0 };

  it('is written after the first run, private to the user, and reused unchanged', () => {
    const tmp = tempDir();
    expect(validate(tmp)).toEqual(expected);
    const files = cacheFiles(tmp);
    expect(files.some((f) => /^common-.+\.cjs-\d+-\d+$/.test(f))).toBe(true);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    expect(statSync(base(tmp)).mode & 0o777).toBe(0o700);
    for (const f of files) expect(statSync(path.join(cacheDir(tmp), f)).mode & 0o777).toBe(0o600);

    const written = files.map((f) => statSync(path.join(cacheDir(tmp), f)).mtimeMs);
    expect(validate(tmp)).toEqual(expected);
    expect(cacheFiles(tmp)).toEqual(files);
    expect(files.map((f) => statSync(path.join(cacheDir(tmp), f)).mtimeMs)).toEqual(written);
  });

  it('replaces a cache file V8 rejects, with the same results', () => {
    const tmp = tempDir();
    validate(tmp);
    const common = cacheFiles(tmp).find((f) => f.startsWith('common-'))!;
    writeFileSync(path.join(cacheDir(tmp), common), 'not compiled code');
    expect(validate(tmp)).toEqual(expected);
    expect(statSync(path.join(cacheDir(tmp), common)).size).toBeGreaterThan(1000);
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

  it('is off with NODE_DISABLE_COMPILE_CACHE=1 or while coverage is measured', () => {
    const off = tempDir();
    expect(validate(off, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(expected);
    expect(existsSync(base(off))).toBe(false);
    const measured = tempDir();
    expect(validate(measured, { NODE_V8_COVERAGE: path.join(measured, 'coverage') })).toEqual(expected);
    expect(existsSync(base(measured))).toBe(false);
  });
});
