import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers.js';

/** Lets a test make the n-th file write fail the way a full disk or a locked folder does. */
const failure = vi.hoisted(() => ({ at: -1, code: 'ENOSPC', count: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      if (failure.count++ !== failure.at) return handle;
      const writeFile = () => Promise.reject(Object.assign(new Error(failure.code), { code: failure.code }));
      return Object.assign(Object.create(Object.getPrototypeOf(handle)), handle, { writeFile, close: () => handle.close() });
    },
  };
});

const { resolveInside, writeFiles, writeFileAtomic } = await import('../../src/util/write.js');

afterEach(() => {
  failure.at = -1;
  failure.count = 0;
});

const files = [
  { name: 'a.md', content: 'A' },
  { name: 'sub/b.md', content: 'B' },
  { name: 'c.md', content: 'C' },
];

describe('safe writes', () => {
  it('writes every file, creating folders', async () => {
    const dir = tempDir();
    await writeFiles(dir, files);
    expect(readFileSync(path.join(dir, 'sub/b.md'), 'utf8')).toBe('B');
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite without force, before writing anything', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'c.md'), 'mine');
    await expect(writeFiles(dir, files)).rejects.toThrow(/c.md already exists; nothing was written. Use --force to overwrite/);
    expect(existsSync(path.join(dir, 'a.md'))).toBe(false);
    expect(readFileSync(path.join(dir, 'c.md'), 'utf8')).toBe('mine');
    await writeFiles(dir, files, { force: true });
    expect(readFileSync(path.join(dir, 'c.md'), 'utf8')).toBe('C');
  });

  it('never replaces a file that appears between the check and the write', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'late.md');
    writeFileSync(target, 'arrived first');
    await expect(writeFileAtomic(target, 'mine')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(target, 'utf8')).toBe('arrived first');
    expect(readdirSync(dir)).toEqual(['late.md']);
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission denied'],
  ])('on %s midway it removes its temp file and says what was written', async (code, words) => {
    const dir = tempDir();
    failure.at = 1;
    failure.code = code;
    await expect(writeFiles(dir, files)).rejects.toThrow(`cannot write sub/b.md in ${dir}: ${words}; 1 of 3 files were written before this (a.md)`);
    expect(readdirSync(dir, { recursive: true }).map(String).sort()).toEqual(['a.md', 'sub']);
  });

  it.each(['../escape.md', 'sub/../../escape.md', '/etc/passwd', 'a\0b'])('refuses the output name %j', (name) => {
    expect(() => resolveInside('/tmp/out', name)).toThrow(/refusing/);
  });

  it('keeps names that stay inside', () => {
    expect(resolveInside('/tmp/out', 'x/../y.md')).toBe('/tmp/out/y.md');
  });
});
